package ecopark.publication.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import ecopark.publication.document.FormTexts;
import ecopark.publication.service.PublishedForm;
import ecopark.publication.service.YearOverYear;

/**
 * A park's indicator results across the years it published: one row per indicator, one column per year, each cell
 * the published value (or state) and whether it met the requirement; "-" where the indicator was not assessed.
 */
public class YearOverYearTable extends Div {

    public YearOverYearTable(YearOverYear history, FormTexts texts) {
        addClassName("year-over-year");
        NativeTable table = new NativeTable();
        table.setId("year-over-year");
        table.addClassName("indicator-table");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(texts.t("publication.column.number"));
        header.addHeaderCell().setText(texts.t("publication.column.indicator"));
        header.addHeaderCell().setText(texts.t("publication.column.unit"));
        history.years().forEach(y -> header.addHeaderCell().setText(String.valueOf(y)));
        for (YearOverYear.Line line : history.lines()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addDataCell().setText(line.code());
            tr.addDataCell().setText(line.name().in(texts.locale()));
            tr.addDataCell().setText(line.unit().in(texts.locale()));
            for (PublishedForm.IndicatorRow cell : line.cells()) {
                tr.add(cell(cell, texts));
            }
        }
        add(DisclosureFormSheet.scrolling(table));
    }

    private static NativeTableCell cell(PublishedForm.IndicatorRow row, FormTexts texts) {
        NativeTableCell cell = new NativeTableCell();
        if (row == null || !row.assessed()) {
            cell.setText("-");
            cell.addClassName("result-not-assessed");
            return cell;
        }
        cell.addClassName("result-" + row.result().name().toLowerCase().replace('_', '-'));
        String value = row.displayValue() != null ? row.displayValue()
                : row.state() != null ? texts.value(row) : "";
        Span mark = new Span(texts.t("publication.yoy." + row.result().name()));
        mark.addClassName("yoy-mark");
        cell.add(new Span(value), mark);
        return cell;
    }
}
