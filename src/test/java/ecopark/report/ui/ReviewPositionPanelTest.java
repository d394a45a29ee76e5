package ecopark.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ecopark.ReportFixtures;
import ecopark.UiTest;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

class ReviewPositionPanelTest extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2951);

    @Autowired ReportFixtures fixtures;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired UserDetailsService accounts;

    @Test
    void staff_see_the_stage_and_who_holds_their_report_in_the_editor_and_the_list() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        SystemActor.callAs(fixtures.changchunStaff(), () -> workflow.submit(report));
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(Div.class, spec -> spec.withId("review-position")).getElement().getTextRecursively())
                .contains("审核进度：初审").contains("等待审核人员受理").contains("办理期限：");

        SystemActor.callAs((SignedInUser) accounts.loadUserByUsername("cc_reviewer1"), () -> {
            review.claim(review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 500)).stream()
                    .filter(t -> t.reportId() == report).findFirst().orElseThrow().taskId());
            return null;
        });
        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(Div.class, spec -> spec.withId("review-position")).getElement().getTextRecursively())
                .contains("李明 办理中");

        UI.getCurrent().navigate(ReportListView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportListItem> grid = _get(Grid.class);
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id() == report) {
                assertThat(((Span) GridKt._getCellComponent(grid, i, "position")).getText()).startsWith("李明 办理中");
                return;
            }
        }
        throw new AssertionError("report not listed");
    }

    @Test
    void a_draft_shows_no_review_position() {
        long report = fixtures.completeReport(YEARS.getAndIncrement());
        login("cc_staff");
        UI.getCurrent().navigate(ReportEditorView.class, report);
        assertThat(_get(ReportEditorView.class).getChildren()
                .filter(c -> c.getId().orElse("").equals("review-position")).findFirst().orElseThrow().isVisible())
                .isFalse();
    }
}
