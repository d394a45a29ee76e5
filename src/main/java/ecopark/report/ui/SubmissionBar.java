package ecopark.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportActions;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.SubmissionProblem;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Submission from the editor: enabled only while the single submission check passes, its reasons listed otherwise;
 * withdrawal while no reviewer has taken the report; a correction of a published one. Which of them it offers is
 * the report service's answer ({@link ReportActions}), not a role check of its own.
 */
class SubmissionBar extends Div {

    private final ReportWorkflow workflow;
    private final AnnualReport report;
    private final Runnable afterChange;
    private final Div problemsBox = new Div();
    private final BooleanSupplier unsaved;
    private Button submit;
    private boolean checkPassed;

    /**
     * @param unsaved whether the editor holds changes not saved yet: the click saves them first and checks again, so
     *        the button stays on while they might complete the report
     */
    SubmissionBar(ReportWorkflow workflow, AnnualReport report, ReportActions may, BooleanSupplier unsaved,
            Runnable beforeSubmit, Runnable afterChange) {
        this.workflow = workflow;
        this.report = report;
        this.unsaved = unsaved;
        this.afterChange = afterChange;
        addClassName("submission-bar");
        problemsBox.addClassName("submission-problems");
        problemsBox.setId("submission-problems");
        if (may.submit()) {
            submit = new Button(getTranslation("report.submit"), VaadinIcon.PAPERPLANE.create());
            submit.setId("submit-report");
            submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                beforeSubmit.run();
                confirmSubmit(report);
            });
            add(submit, problemsBox);
            showProblems(workflow.submissionProblems(report.getId()));
        } else if (may.withdraw()) {
            Button withdraw = new Button(getTranslation("report.withdraw"), VaadinIcon.ARROW_BACKWARD.create());
            withdraw.setId("withdraw-report");
            withdraw.addClickListener(e -> act(() -> workflow.withdraw(report.getId()), "report.withdrawn"));
            add(withdraw);
        } else if (may.startCorrection()) {
            // A published form never changes; a correction is a new revision that supersedes it once published.
            Button correct = new Button(getTranslation("publication.editor.correct"), VaadinIcon.EDIT.create());
            correct.setId("start-correction");
            correct.addClickListener(e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("publication.editor.correct"),
                        getTranslation("publication.editor.correct.confirm"),
                        getTranslation("publication.editor.correct"),
                        ok -> act(() -> workflow.startCorrection(report.getId()),
                                "publication.editor.correctionStarted"));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            add(correct);
        }
    }

    /**
     * A button that looks ready but does nothing misleads: it is off while the check of the saved report fails (the
     * reasons beside it), unless unsaved changes may complete it — then the click saves, checks again and either
     * asks to confirm or shows what is still missing.
     */
    void editsChanged() {
        if (submit != null) {
            submit.setEnabled(checkPassed || unsaved.getAsBoolean());
        }
    }

    /** Re-reads what is still missing, e.g. after a save. */
    void refresh() {
        if (submit != null) {
            showProblems(workflow.submissionProblems(report.getId()));
        }
    }

    private void confirmSubmit(AnnualReport report) {
        List<SubmissionProblem> problems = workflow.submissionProblems(report.getId());
        showProblems(problems);
        if (!problems.isEmpty()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("report.submit"),
                getTranslation("report.submit.confirm", report.getYear()), getTranslation("report.submit"),
                e -> act(() -> workflow.submit(report.getId()), "report.submitted"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notification.show(getTranslation(successKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showProblems(List<SubmissionProblem> problems) {
        problemsBox.removeAll();
        checkPassed = problems.isEmpty();
        editsChanged();
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        // Section names, indicator names and reasons are Localizable: the provider puts them in the user's language.
        problems.forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.args().toArray()))));
        problemsBox.add(new Span(getTranslation("report.submit.notYet")), list);
    }
}
