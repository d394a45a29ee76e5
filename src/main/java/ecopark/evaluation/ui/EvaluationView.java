package ecopark.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.ReportEditability;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.Reason;
import ecopark.evaluation.service.SubmissionCheck;
import ecopark.park.service.ParkService;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/** Read-only evaluation of one report's section 三: the evaluation panel and whether the section allows submission. */
@Route("evaluation/:reportId(\\d+)")
@PermitAll
public class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** An id without an indicator sheet is an id without a report: the common not-found page. */
    private static final String NO_SUCH_REPORT = "evaluation.error.noSheet";

    private final IndicatorSheetService sheets;
    private final ParkService parks;
    private final ReportEditability reports;
    private String title;

    public EvaluationView(IndicatorSheetService sheets, ParkService parks, ReportEditability reports) {
        this.sheets = sheets;
        this.parks = parks;
        this.reports = reports;
        addClassName("evaluation-view");
        setPadding(true);
        title = getTranslation("evaluation.view.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> reportId = event.getRouteParameters().getLong("reportId");
        if (reportId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            EvaluationResult result = sheets.evaluate(reportId.get());
            String park = parks.get(result.parkId()).getName();
            title = getTranslation("evaluation.view.titleOf", park, String.valueOf(result.year()));
            H2 heading = new H2(title);
            Span standard = new Span(getTranslation("evaluation.view.standard", result.standardCode()));
            standard.addClassName("standard");
            RouterLink back = new RouterLink(getTranslation("evaluation.view.back"), EvaluationListView.class);
            add(back, heading, standard, submission(reportId.get()),
                    new EvaluationPanel(result, sheets.catalogueOf(reportId.get())));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        } catch (BusinessRuleException e) {
            if (NO_SUCH_REPORT.equals(e.messageKey())) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            add(new Paragraph(EvaluationTexts.reason(getLocale(), e.messageKey(), e.args())));
        }
    }

    /**
     * Whether section 三 allows submission — for a report still being drafted. A report past drafting is not
     * "ready to submit": the page says where it stands instead.
     */
    private Div submission(long reportId) {
        Div box = new Div();
        box.addClassName("submission-check");
        if (!reports.isEditable(reportId)) {
            String status = reports.statusLabelKey(reportId);
            box.add(new Span(status == null ? getTranslation("finish.evaluation.readOnly")
                    : getTranslation("finish.evaluation.state", getTranslation(status))));
            box.addClassName("state");
            box.setId("evaluation-report-state");
            return box;
        }
        SubmissionCheck check = sheets.checkSubmission(reportId);
        if (check.mayBeSubmitted()) {
            box.add(new Span(getTranslation("evaluation.check.ok")));
            box.addClassName("ok");
            return box;
        }
        box.add(new Span(getTranslation("evaluation.check.blocked")));
        UnorderedList reasons = new UnorderedList();
        for (Reason reason : check.reasons()) {
            reasons.add(new ListItem(EvaluationTexts.reason(getLocale(), reason)));
        }
        box.add(reasons);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
