package ecopark.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ecopark.rectification.service.NarrativeFigureService;
import ecopark.rectification.service.RegistryFigure;
import java.util.List;
import java.util.function.Consumer;

/**
 * The registry's figures a park's report may quote, per source and per inspection round, as of the end of the
 * report year: each with the sentence it inserts, so the narrative quotes the registry instead of typed numbers.
 */
class NarrativeFiguresDialog extends Dialog {

    NarrativeFiguresDialog(NarrativeFigureService figures, long parkId, int year, Consumer<String> insert) {
        addClassName("narrative-figures-dialog");
        setWidth("min(820px, 96vw)");
        setHeaderTitle(getTranslation("rectification.figures.title", figures.asOf(year).toString()));
        List<RegistryFigure> all = figures.figures(parkId, year);
        add(new Paragraph(getTranslation("rectification.figures.intro")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("rectification.figures.none")));
        }
        List<RegistryFigure> bySource = all.stream().filter(f -> !f.isRound()).toList();
        List<RegistryFigure> byRound = all.stream().filter(RegistryFigure::isRound).toList();
        if (!bySource.isEmpty()) {
            add(new H4(getTranslation("rectification.figures.bySource")));
            bySource.forEach(f -> add(row(getTranslation(f.source().labelKey()), f, insert)));
        }
        if (!byRound.isEmpty()) {
            add(new H4(getTranslation("rectification.figures.byRound")));
            byRound.forEach(f -> add(row(f.roundName(), f, insert)));
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div row(String label, RegistryFigure figure, Consumer<String> insert) {
        Span name = new Span(label);
        name.addClassName("figure-name");
        Span counts = new Span(getTranslation("rectification.dashboard.roundSummary", figure.total(), figure.closed(),
                figure.open()));
        counts.addClassName("figure-counts");
        Span sentence = new Span(figure.sentence());
        sentence.addClassName("figure-sentence");
        Button add = new Button(getTranslation("rectification.figures.insert"), e -> {
            insert.accept(figure.sentence());
            close();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        add.getElement().setAttribute("data-figure", figure.isRound() ? "round-" + figure.roundId()
                : figure.source().name());
        Div text = new Div(name, counts, sentence);
        text.addClassName("figure-text");
        Div row = new Div(text, add);
        row.addClassName("figure-row");
        return row;
    }
}
