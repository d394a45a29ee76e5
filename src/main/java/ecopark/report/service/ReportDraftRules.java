package ecopark.report.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ContactFormats;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;

/** The form's rules for sections 一 and 二, checked on the server whatever the editor already checked. */
final class ReportDraftRules {

    private ReportDraftRules() {
    }

    static void check(ReportDraft draft) {
        if (draft.parkName() == null || draft.parkName().isBlank()) {
            throw new BusinessRuleException("report.error.parkNameRequired");
        }
        if (draft.email() != null && !draft.email().isBlank() && !ContactFormats.isEmail(draft.email())) {
            throw new BusinessRuleException("validation.email");
        }
        if (draft.phone() != null && !draft.phone().isBlank() && !ContactFormats.isPhone(draft.phone())) {
            throw new BusinessRuleException("validation.phone");
        }
        if (draft.postcode() != null && !draft.postcode().isBlank() && !ContactFormats.isPostcode(draft.postcode())) {
            throw new BusinessRuleException("validation.postcode");
        }
        if (draft.type() == ParkType.OTHER && (draft.typeNote() == null || draft.typeNote().isBlank())) {
            throw new BusinessRuleException("report.error.typeNoteRequired");
        }
        draft.narratives().values().forEach(text -> {
            if (text != null && text.length() > AnnualReport.NARRATIVE_MAX_LENGTH) {
                throw new BusinessRuleException("report.error.narrativeTooLong", AnnualReport.NARRATIVE_MAX_LENGTH);
            }
        });
    }
}
