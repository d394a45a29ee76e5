package ecopark.review.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import ecopark.review.domain.ReviewStage;

/**
 * Asks before a review decision and says what it will do: a return goes back to the park with the comment shown as
 * it will be sent; a pass at 初审 goes to 复核 by another reviewer; a pass at 复核 ends the review and publishes the
 * disclosure form. {@link #doneKey} is the message afterwards, saying what happened.
 */
final class DecisionConfirmation {

    private DecisionConfirmation() {
    }

    static ConfirmDialog toReturn(Component where, String parkName, String comment, Runnable confirmed) {
        ConfirmDialog dialog = dialog(where, where.getTranslation("reviewfinish.confirm.return.title"),
                where.getTranslation("reviewfinish.confirm.return.confirm"), confirmed);
        dialog.setId("confirm-return");
        dialog.setConfirmButtonTheme("error primary");
        dialog.add(new Paragraph(where.getTranslation("reviewfinish.confirm.return.text", parkName)), quoted(comment));
        return dialog;
    }

    static ConfirmDialog toApprove(Component where, ReviewStage stage, String parkName, int year, String comment,
            Runnable confirmed) {
        boolean last = stage == ReviewStage.FINAL;
        String key = switch (stage) {
            case PRE_REVIEW -> "reviewfinish.confirm.preReview";
            case PRELIMINARY -> "reviewfinish.confirm.preliminary";
            case FINAL -> "reviewfinish.confirm.final";
        };
        ConfirmDialog dialog = dialog(where, where.getTranslation(key + ".title"),
                where.getTranslation("reviewfinish.confirm.approve.confirm"), confirmed);
        dialog.setId("confirm-approve");
        dialog.setConfirmButtonTheme("success primary");
        dialog.add(new Paragraph(last ? where.getTranslation("reviewfinish.confirm.final.text", parkName, year)
                : where.getTranslation(key + ".text")));
        if (comment == null || comment.isBlank()) {
            dialog.add(new Paragraph(where.getTranslation("reviewfinish.confirm.noComment")));
        } else {
            dialog.add(new Paragraph(where.getTranslation("reviewfinish.confirm.withComment")), quoted(comment));
        }
        return dialog;
    }

    /** The message after a decision, in the words of what happened. */
    static String done(Component where, boolean approved, ReviewStage stage, String parkName) {
        if (!approved) {
            return where.getTranslation("reviewfinish.done.returned", parkName);
        }
        return where.getTranslation(switch (stage) {
            case PRE_REVIEW -> "reviewfinish.done.preReview";
            case PRELIMINARY -> "reviewfinish.done.preliminary";
            case FINAL -> "reviewfinish.done.final";
        });
    }

    private static ConfirmDialog dialog(Component where, String title, String confirmText, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setConfirmText(confirmText);
        dialog.setCancelable(true);
        dialog.setCancelText(where.getTranslation("action.cancel"));
        dialog.addConfirmListener(e -> confirmed.run());
        dialog.setWidth("min(36em, 95vw)");
        return dialog;
    }

    private static Paragraph quoted(String comment) {
        Paragraph text = new Paragraph(comment.strip());
        text.setId("confirm-comment");
        text.addClassName("confirm-comment");
        text.getStyle().set("white-space", "pre-wrap").set("border-left", "3px solid var(--lumo-contrast-30pct)")
                .set("padding-left", "var(--lumo-space-s)");
        return text;
    }
}
