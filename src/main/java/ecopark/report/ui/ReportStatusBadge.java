package ecopark.report.ui;

import com.vaadin.flow.component.Component;
import ecopark.base.ui.component.StatusBadge;
import ecopark.report.domain.ReportStatus;

/** The status of a report as a coloured badge. */
final class ReportStatusBadge {

    private ReportStatusBadge() {
    }

    static Component of(Component owner, ReportStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case SUBMITTED, IN_REVIEW -> StatusBadge.Tone.INFO;
            case RETURNED -> StatusBadge.Tone.WARNING;
            case APPROVED, PUBLISHED -> StatusBadge.Tone.SUCCESS;
        };
        return new StatusBadge(owner.getTranslation(status.labelKey()), tone);
    }
}
