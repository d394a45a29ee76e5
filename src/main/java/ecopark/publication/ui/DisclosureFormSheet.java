package ecopark.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import ecopark.base.ui.component.NarrativeText;
import ecopark.publication.document.FormTexts;
import ecopark.publication.service.PublishedForm;
import java.util.List;

/**
 * The disclosure form laid out as the official form: section 一 as a grid with its ■/□ choices, section 二 with the
 * form's headings and the park's paragraphs, section 三 as the seven-column indicator table with its footnotes. Wide
 * tables scroll sideways on a phone instead of squeezing.
 */
public class DisclosureFormSheet extends Div {

    public DisclosureFormSheet(PublishedForm form, FormTexts texts) {
        addClassName("disclosure-form");
        add(new H2(texts.partOne()), basicInformation(form, texts));

        Div progress = new Div(new H2(texts.partTwo()));
        progress.addClassName("form-progress");
        for (FormTexts.Narrative narrative : texts.narratives(form)) {
            if (narrative.heading() != null) {
                progress.add(new H3(narrative.heading()));
            }
            progress.add(new NarrativeText(narrative.text()));
        }
        add(progress);

        H2 three = new H2(texts.partThree());
        three.add(new com.vaadin.flow.component.html.Span(texts.partThreeNote()));
        add(three, scrolling(indicatorTable(form, texts)));
        for (String footnote : texts.footnotes(form)) {
            Paragraph note = new Paragraph(footnote);
            note.addClassName("form-footnote");
            add(note);
        }
        if (form.selectionChangeReason() != null && !form.selectionChangeReason().isBlank()) {
            add(new Paragraph(texts.t("publication.selectionChanged", form.selectionChangeReason())));
        }
        List<FormTexts.FactBlock> facts = texts.facts(form);
        if (!facts.isEmpty()) {
            Div basis = new Div(new H3(texts.factsHeading()));
            basis.setId("verdict-facts");
            basis.addClassName("verdict-facts");
            for (FormTexts.FactBlock block : facts) {
                Div lines = new Div();
                block.lines().forEach(line -> lines.add(new Div(line)));
                Details details = new Details(block.heading(), lines);
                details.setId("facts-" + block.code());
                // Footnote a replaced the standard's threshold, or there is no verdict: the reader sees why without
                // opening anything.
                details.setOpened(block.opened());
                basis.add(details);
            }
            add(basis);
        }
    }

    private static Component basicInformation(PublishedForm form, FormTexts texts) {
        NativeTable table = new NativeTable();
        table.setId("basic-information");
        table.addClassName("form-grid");
        for (FormTexts.BasicRow row : texts.basicRows(form.basics())) {
            NativeTableRow tr = table.getBody().addRow();
            NativeTableHeaderCell label = tr.addHeaderCell();
            label.setText(row.label());
            NativeTableCell content = tr.addDataCell();
            row.content().lines().forEach(line -> content.add(new Div(line)));
        }
        NativeTableCell status = table.getBody().addRow().addDataCell();
        status.setColspan(2);
        status.addClassName("form-status-line");
        status.setText(texts.statusLine(form.basics()));
        return table;
    }

    private static NativeTable indicatorTable(PublishedForm form, FormTexts texts) {
        NativeTable table = new NativeTable();
        table.setId("indicator-table");
        table.addClassName("indicator-table");
        NativeTableRow header = table.getHead().addRow();
        for (String heading : texts.tableHeader()) {
            header.addHeaderCell().setText(heading);
        }
        boolean[] first = FormTexts.firstOfCategory(form.rows());
        for (int i = 0; i < form.rows().size(); i++) {
            PublishedForm.IndicatorRow row = form.rows().get(i);
            NativeTableRow tr = table.getBody().addRow();
            tr.addClassName(first[i] ? "category-start" : "category-continued");
            List<String> cells = texts.tableRow(row, first[i]);
            for (int c = 0; c < cells.size(); c++) {
                NativeTableCell cell = tr.addDataCell();
                cell.setText(cells.get(c));
                if (c == 6) {
                    cell.addClassName("result-" + row.result().name().toLowerCase().replace('_', '-'));
                    String value = texts.value(row);
                    if (row.assessed() && !value.isEmpty()) {
                        cell.getElement().setAttribute("title", value);
                    }
                }
            }
        }
        return table;
    }

    static Div scrolling(Component table) {
        Div wrapper = new Div(table);
        wrapper.addClassName("table-scroll");
        return wrapper;
    }
}
