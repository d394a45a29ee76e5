package ecopark.report.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ContactFormats;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;

/** The form's rules for sections 一 and 二, checked on the server whatever the editor already checked. */
final class ReportDraftRules {

    private ReportDraftRules() {
    }

    static void check(ReportDraft draft) {
        BasicInformation basic = draft.basic();
        if (basic.parkName() == null || basic.parkName().isBlank()) {
            throw new BusinessRuleException("report.error.parkNameRequired");
        }
        if (basic.email() != null && !basic.email().isBlank() && !ContactFormats.isEmail(basic.email())) {
            throw new BusinessRuleException("validation.email");
        }
        if (basic.phone() != null && !basic.phone().isBlank() && !ContactFormats.isPhone(basic.phone())) {
            throw new BusinessRuleException("validation.phone");
        }
        if (basic.postcode() != null && !basic.postcode().isBlank() && !ContactFormats.isPostcode(basic.postcode())) {
            throw new BusinessRuleException("validation.postcode");
        }
        if (basic.type() == ParkType.OTHER && (basic.typeNote() == null || basic.typeNote().isBlank())) {
            throw new BusinessRuleException("report.error.typeNoteRequired");
        }
        draft.narratives().values().forEach(text -> {
            if (text != null && text.length() > AnnualReport.NARRATIVE_MAX_LENGTH) {
                throw new BusinessRuleException("report.error.narrativeTooLong", AnnualReport.NARRATIVE_MAX_LENGTH);
            }
        });
    }
}
