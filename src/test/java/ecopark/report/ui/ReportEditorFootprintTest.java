package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import ecopark.UiTest;
import ecopark.evaluation.ui.EvaluationPanel;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * What an open report editor costs the server: its state nodes, each an element or a piece of the browser's state
 * kept in the session. A staff member who opens a report to write section 二 does not pay for section 三's hundred
 * fields and the live evaluation (about 1,100 nodes, nine tenths of the editor) until they open it.
 */
class ReportEditorFootprintTest extends UiTest {

    /** The editor with section 三 closed: header, section 一 and 二, attachments, history (about 160 in 2026-12). */
    static final int CLOSED_EDITOR_NODES = 300;

    @Autowired ReportService reports;

    static int nodes(Component component) {
        AtomicInteger count = new AtomicInteger();
        component.getElement().getNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }

    private long changchun2019() {
        return SystemActor.call(() -> reports.findVisible(Pageable.unpaged()).stream()
                .filter(r -> r.year() == 2019 && r.parkName().equals("长春经济技术开发区")).findFirst()
                .map(ReportListItem::id).orElseThrow());
    }

    @Test
    void the_editor_builds_section_three_only_when_it_is_opened() {
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, changchun2019());
        ReportEditorView editor = _get(ReportEditorView.class);

        int closed = nodes(editor);
        assertThat(closed).isLessThan(CLOSED_EDITOR_NODES);
        assertThat(_find(Div.class, spec -> spec.withClasses("indicator-row"))).isEmpty();

        SectionThreeSteps.openSectionThree();
        assertThat(_find(Div.class, spec -> spec.withClasses("indicator-row"))).hasSize(32);
        _get(EvaluationPanel.class);
        assertThat(nodes(editor)).isGreaterThan(closed + 800);
        System.out.println("Report editor state nodes: " + closed + " with section 三 closed, " + nodes(editor)
                + " opened");
    }
}
