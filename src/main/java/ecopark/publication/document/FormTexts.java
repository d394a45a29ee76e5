package ecopark.publication.document;

import ecopark.base.i18n.TranslationProvider;
import ecopark.notice.service.ProgrammeName;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.NarrativeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The disclosure form's words laid out as the official form has them (年度评价报告信息公开表): the title, the grid of
 * section 一 with its ■/□ choices, the narrative headings of section 二 and the seven columns of the indicator table
 * of section 三. The public page, the PDF and the Word document all read from here, so they say the same.
 */
public final class FormTexts {

    public static final String CHECKED = "■";
    public static final String UNCHECKED = "□";

    private final Locale locale;

    public FormTexts(Locale locale) {
        this.locale = TranslationProvider.supported(locale);
    }

    /** The official documents are Chinese. */
    public static FormTexts chinese() {
        return new FormTexts(TranslationProvider.CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }

    /**
     * The form's title for its report year: the programme's form title of that year (data, {@link ProgrammeName}) and
     * the year, e.g. 国家生态工业示范园区建设年度评价报告信息公开表(2019).
     */
    public String title(PublishedForm form, ProgrammeName programme) {
        return t("publication.form.title", programme.formTitle(locale), form.year());
    }

    public String partOne() {
        return t("report.part.one");
    }

    public String partTwo() {
        return t("report.part.two");
    }

    public String partThree() {
        return t("publication.form.partThree");
    }

    public String partThreeNote() {
        return t("publication.form.partThreeNote");
    }

    /** One line of section 一: the label in the first column, the content (lines separated by \n) beside it. */
    public record BasicRow(String label, String content) {
    }

    public List<BasicRow> basicRows(PublishedForm.Basics b) {
        List<BasicRow> rows = new ArrayList<>();
        rows.add(new BasicRow(t("report.basic.parkName"), nullToEmpty(b.parkName())));
        String address = nullToEmpty(b.postalAddress());
        if (b.postcode() != null && !b.postcode().isBlank()) {
            address = address + "  " + t("report.basic.postcode") + " " + b.postcode();
        }
        rows.add(new BasicRow(t("publication.form.address"), address));
        rows.add(new BasicRow(t("report.basic.level"), Stream.of(ParkLevel.values())
                .map(l -> t(l.labelKey()) + box(l == b.level())).collect(Collectors.joining("  "))));
        rows.add(new BasicRow(t("report.basic.type"), typeChoices(b)));
        rows.add(new BasicRow(t("publication.form.contact"), t("publication.form.phone") + "  "
                + nullToEmpty(b.phone()) + "\n" + t("report.basic.email") + "  " + nullToEmpty(b.email())));
        return rows;
    }

    /** The form's last line of section 一: 已命名□ 创建中■. */
    public String statusLine(PublishedForm.Basics b) {
        return Stream.of(ParkStatus.values())
                .map(s -> t("report.basic.parkStatus." + s.name()) + box(s == b.parkStatus()))
                .collect(Collectors.joining("  "));
    }

    /** The type choices in the form's three lines, "other" with its note. */
    private String typeChoices(PublishedForm.Basics b) {
        ParkType[] types = ParkType.values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            ParkType type = types[i];
            if (type == ParkType.OTHER) {
                String note = b.type() == ParkType.OTHER && b.typeNote() != null && !b.typeNote().isBlank()
                        ? b.typeNote() : t("publication.form.typeNoteHint");
                text.append('\n').append(t(type.labelKey())).append(box(b.type() == type)).append(t("publication.form.colon"))
                        .append(note);
            } else {
                if (i > 0) {
                    text.append(i % 3 == 0 ? "\n" : "  ");
                }
                text.append(t(type.labelKey())).append(box(b.type() == type));
            }
        }
        return text.toString();
    }

    /** A narrative part of section 二: the form's heading (none for the achievements, whose text brings its own). */
    public record Narrative(NarrativeSection section, String heading, String text) {
    }

    public List<Narrative> narratives(PublishedForm form) {
        return Stream.of(NarrativeSection.values())
                .map(s -> new Narrative(s, s == NarrativeSection.ACHIEVEMENTS ? null
                        : t(s.labelKey()) + t("publication.form.colon").strip(),
                        form.narrative(s)))
                .toList();
    }

    public List<String> tableHeader() {
        return List.of(t("publication.column.category"), t("publication.column.number"),
                t("publication.column.indicator"), t("publication.column.unit"), t("publication.column.requirement"),
                t("publication.column.assessed"), t("publication.column.met"));
    }

    /** A row's seven cells; the category is written on the first row of its group only, as on the form. */
    public List<String> tableRow(PublishedForm.IndicatorRow row, boolean firstOfCategory) {
        // The footnote mark apart from the name, as on every other screen: "solid waste a", not "solid wastea".
        String name = row.name().in(locale)
                + (row.footnoteMarks() == null || row.footnoteMarks().isBlank() ? "" : " " + row.footnoteMarks());
        return List.of(firstOfCategory ? row.category().in(locale) : "", row.code(), name, row.unit().in(locale),
                row.requirementIn(locale), assessed(row), met(row));
    }

    /**
     * The facts behind one assessed row's result, under the row's number and name.
     *
     * @param opened whether the reader needs them without asking: footnote a replaced the standard's threshold, or
     *        the row has no verdict (a draft's missing values, a value that cannot be computed)
     */
    public record FactBlock(String code, String heading, List<String> lines, boolean opened) {
    }

    /**
     * 判定依据 after the table: for each assessed row the threshold that applied and why (footnote a with the industry,
     * its output share and the reason), the exact value, the formula and the inputs with their years, and for a row
     * without a verdict the values that are missing. Forms published before the facts were kept have none.
     */
    public List<FactBlock> facts(PublishedForm form) {
        return form.rows().stream().filter(r -> r.assessed() && r.facts() != null)
                .map(r -> new FactBlock(r.code(), t("facts.rowHeading", r.code(), r.name().in(locale)),
                        r.factLines(locale), r.facts().overridden() || withoutVerdict(r)))
                .toList();
    }

    private static boolean withoutVerdict(PublishedForm.IndicatorRow row) {
        return row.result() == PublishedForm.Result.NOT_COMPUTABLE || row.result() == PublishedForm.Result.MISSING_DATA;
    }

    public String factsHeading() {
        return t("facts.heading");
    }

    /** 是否为考核指标: 必选 for a mandatory indicator, 是/否 for an optional one. */
    public String assessed(PublishedForm.IndicatorRow row) {
        return row.mandatory() ? t("publication.assessed.mandatory")
                : row.assessed() ? t("publication.yes") : t("publication.no");
    }

    /** 是否达标: 是/否, "-" when not assessed, or why there is no answer. */
    public String met(PublishedForm.IndicatorRow row) {
        return switch (row.result()) {
            case MET -> t("publication.yes");
            case NOT_MET -> t("publication.no");
            case NOT_ASSESSED -> "-";
            default -> t(row.result().labelKey());
        };
    }

    /** The value behind a result, with its unit: a number, or the state of a yes/no indicator. */
    public String value(PublishedForm.IndicatorRow row) {
        if (row.displayValue() != null) {
            String unit = row.unit().in(locale);
            return unit == null || unit.isBlank() || "-".equals(unit) || "_".equals(unit) ? row.displayValue()
                    : row.displayValue() + " " + unit;
        }
        if (row.state() != null) {
            return row.state() ? row.requirement().in(locale) : t("publication.stateNotMet");
        }
        return "";
    }

    public List<String> footnotes(PublishedForm form) {
        return form.footnotes().stream().map(f -> f.text().in(locale)).toList();
    }

    /** Whether a row starts a new category group of the table. */
    public static boolean[] firstOfCategory(List<PublishedForm.IndicatorRow> rows) {
        boolean[] first = new boolean[rows.size()];
        String previous = null;
        for (int i = 0; i < rows.size(); i++) {
            first[i] = !rows.get(i).categoryCode().equals(previous);
            previous = rows.get(i).categoryCode();
        }
        return first;
    }

    private static String box(boolean checked) {
        return checked ? CHECKED : UNCHECKED;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
