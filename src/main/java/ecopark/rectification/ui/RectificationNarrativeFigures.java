package ecopark.rectification.ui;

import ecopark.rectification.service.NarrativeFigureService;
import ecopark.report.service.NarrativeFigures;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The rectification registry as the report editor's source of narrative figures (report's SPI). */
@Component
class RectificationNarrativeFigures implements NarrativeFigures {

    private final NarrativeFigureService figures;

    RectificationNarrativeFigures(NarrativeFigureService figures) {
        this.figures = figures;
    }

    @Override
    public void openChooser(long parkId, int year, Consumer<String> insert) {
        new NarrativeFiguresDialog(figures, parkId, year, insert).open();
    }

    @Override
    public List<Warning> check(long parkId, int year, String text) {
        return figures.check(parkId, year, text).stream().map(w -> new Warning(w.messageKey(), w.args())).toList();
    }
}
