package ecopark.notice.service;

import ecopark.base.i18n.Localizable;
import ecopark.base.i18n.TranslationProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A notice as everyone reads it.
 *
 * @param revision 1 when issued, one more with every edit; a submission records the revision it was checked against
 */
public record NoticeView(long id, long version, int reportYear, String documentNumber, String title,
        LocalDate issuedOn, LocalDate parksDeadline, LocalDate provincesDeadline, int revision, String updatedBy,
        Instant updatedAt, List<Deliverable> deliverables, List<Topic> topics) {

    public NoticeView {
        deliverables = List.copyOf(deliverables);
        topics = List.copyOf(topics);
    }

    /**
     * An extra document the notice demands.
     *
     * @param id null for a row not saved yet
     * @param fileKinds allowed file name extensions, lower case: pdf, docx, xlsx
     */
    public record Deliverable(Long id, String nameZh, String nameEn, List<String> fileKinds, boolean required)
            implements Localizable {

        public Deliverable {
            fileKinds = fileKinds == null ? List.of() : List.copyOf(fileKinds);
        }

        @Override
        public String in(Locale locale) {
            return TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage()) && nameEn != null
                    && !nameEn.isBlank() ? nameEn : nameZh;
        }

        /** Whether a file of this name is of an allowed kind (by its extension; the file store checked the content). */
        public boolean allows(String fileName) {
            int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
            return dot >= 0 && fileKinds.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }

        /** The allowed kinds as the messages print them: "pdf / docx". */
        public String kindsText() {
            return String.join(" / ", fileKinds);
        }

        static List<String> parseKinds(String kinds) {
            return kinds == null || kinds.isBlank() ? List.of()
                    : Arrays.stream(kinds.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        }
    }

    /**
     * Content every report of the year must contain, in a text field of its own.
     *
     * @param id null for a row not saved yet
     * @param titleEn the title in English, null or blank when the office gave none
     * @param promptEn the prompt in English, null or blank when the office gave none
     */
    public record Topic(Long id, String title, String titleEn, String prompt, String promptEn, int minLength) {

        /** A topic in Chinese only. */
        public Topic(Long id, String title, String prompt, int minLength) {
            this(id, title, null, prompt, null, minLength);
        }

        /** The title in the locale's language: the English one on the English interface when there is one. */
        public String titleIn(Locale locale) {
            return english(locale, titleEn) ? titleEn : title;
        }

        /** The prompt in the locale's language, falling back to the Chinese one. */
        public String promptIn(Locale locale) {
            return english(locale, promptEn) ? promptEn : prompt;
        }

        private static boolean english(Locale locale, String text) {
            return locale != null && TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage())
                    && text != null && !text.isBlank();
        }
    }
}
