package ecopark.publication.web;

import ecopark.notice.service.ProgrammeName;
import ecopark.publication.document.FormTexts;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.PublicForm;
import ecopark.publication.service.PublishedForm;
import ecopark.publication.service.YearOverYear;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One published form as its public page shows it, in the reader's language: the three sections of the official form
 * (from {@link FormTexts}, as the PDF and Word document have them), the facts behind each computed figure as frozen at
 * publication, the park's results over the years and the form's versions. Built here so the template only lays out.
 */
record FormPage(long id, int year, String parkName, String title, String pageTitle, String meta, String contentHash,
        boolean current, Long currentId, List<FormTexts.BasicRow> basics, String statusLine,
        List<Narrative> narratives, List<String> tableHeader, List<Row> rows, List<String> footnotes,
        String selectionChanged, List<Facts> facts, YearOverYearPage yearOverYear, List<Version> versions) {

    /** One row of the indicator table: its seven cells; the last links to the facts when there are any. */
    record Row(String code, boolean firstOfCategory, List<String> cells, String resultClass, String factsId,
            String value) {
    }

    /**
     * The facts behind one computed figure: the figure and verdict in the summary of a {@code <details>}, and inside
     * it the threshold applied and why, the exact value, the formula and the inputs with their years and units.
     *
     * @param opened open from the start: footnote a replaced the standard's threshold, or there is no verdict
     */
    record Facts(String id, String heading, String figure, String verdict, String resultClass, List<String> lines,
            boolean opened) {
    }

    record Version(long id, String label, boolean shown) {
    }

    /** A part of section 二: its heading (none for the achievements) and its blocks, as the Vaadin form shows them. */
    record Narrative(String anchor, String heading, List<Block> blocks) {
    }

    /** A paragraph, or a list where every line of a block starts with "- ". Text only, never HTML. */
    record Block(List<String> lines, boolean list) {
    }

    static FormPage of(PublicForm published, List<PublicationListing> versions, YearOverYear history,
            FormTexts texts, ProgrammeName programme, ZoneId zone) {
        PublicationListing publication = published.publication();
        PublishedForm form = published.form();
        String title = texts.title(form, programme);
        String meta = texts.t("publication.public.published", date(publication, zone),
                publication.revisionNumber());
        Long currentId = versions.stream().filter(PublicationListing::isCurrent).map(PublicationListing::id)
                .findFirst().orElse(null);
        List<Facts> facts = facts(form, texts);
        List<String> factIds = facts.stream().map(Facts::id).toList();
        String selectionChanged = form.selectionChangeReason() == null || form.selectionChangeReason().isBlank()
                ? null : texts.t("publication.selectionChanged", form.selectionChangeReason());
        return new FormPage(publication.id(), form.year(), publication.parkName(), title,
                texts.t("portal.form.pageTitle", publication.parkName(), form.year(), title), meta,
                published.contentHash(), publication.isCurrent(), currentId, texts.basicRows(form.basics()),
                texts.statusLine(form.basics()), narratives(form, texts), texts.tableHeader(),
                rows(form, texts, factIds), texts.footnotes(form), selectionChanged, facts,
                YearOverYearPage.of(history, texts), versions(versions, publication.id(), texts, zone));
    }

    private static List<Row> rows(PublishedForm form, FormTexts texts, List<String> factIds) {
        boolean[] first = FormTexts.firstOfCategory(form.rows());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            PublishedForm.IndicatorRow row = form.rows().get(i);
            String factsId = factsId(row.code());
            rows.add(new Row(row.code(), first[i], texts.tableRow(row, first[i]), resultClass(row.result()),
                    factIds.contains(factsId) ? factsId : null, row.assessed() ? texts.value(row) : ""));
        }
        return rows;
    }

    private static List<Facts> facts(PublishedForm form, FormTexts texts) {
        List<FormTexts.FactBlock> blocks = texts.facts(form);
        List<Facts> facts = new ArrayList<>();
        for (FormTexts.FactBlock block : blocks) {
            PublishedForm.IndicatorRow row = form.rows().stream().filter(r -> r.code().equals(block.code()))
                    .findFirst().orElseThrow();
            facts.add(new Facts(factsId(block.code()), block.heading(), texts.value(row),
                    texts.t("publication.yoy." + row.result().name()), resultClass(row.result()), block.lines(),
                    block.opened()));
        }
        return facts;
    }

    private static List<Version> versions(List<PublicationListing> versions, long shown, FormTexts texts,
            ZoneId zone) {
        if (versions.size() < 2) {
            return List.of();
        }
        return versions.stream().map(v -> new Version(v.id(),
                texts.t("publication.public.version", v.revisionNumber(), date(v, zone))
                        + (v.isCurrent() ? "" : " · " + texts.t("publication.superseded")),
                v.id() == shown)).toList();
    }

    private static List<Narrative> narratives(PublishedForm form, FormTexts texts) {
        return texts.narratives(form).stream().map(n -> new Narrative(anchor(n.section()), n.heading(),
                blocks(n.text()))).toList();
    }

    /** The element id of a narrative on the page, which search results link to ("narrative-main-work"). */
    static String anchor(ecopark.report.domain.NarrativeSection section) {
        return "narrative-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Blank lines separate blocks; a block whose lines all start with "- " is a list, any other line a paragraph. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("- "))) {
                blocks.add(new Block(lines.stream().map(l -> l.substring(2)).toList(), true));
            } else {
                lines.forEach(l -> blocks.add(new Block(List.of(l), false)));
            }
        }
        return blocks;
    }

    static String factsId(String code) {
        return "facts-" + code;
    }

    static String resultClass(PublishedForm.Result result) {
        return "result-" + result.name().toLowerCase().replace('_', '-');
    }

    static String date(PublicationListing publication, ZoneId zone) {
        return LocalDate.ofInstant(publication.publishedAt(), zone).toString();
    }
}
