package ecopark.report.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ContactFormats;
import ecopark.base.domain.PlainText;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;

/** The form's rules for sections 一 and 二, checked on the server whatever the editor already checked. */
final class ReportDraftRules {

    private ReportDraftRules() {
    }

    /**
     * Refuses the draft with the first broken rule; nothing is saved then. Free text is checked as it was typed: an
     * invisible or direction-changing control character is refused with the character and its position, and text
     * over its column's length is refused with the limit and its length instead of being cut.
     */
    static void check(ReportDraft draft) {
        BasicInformation basic = draft.basic();
        PlainText.require(basic.parkName(), AnnualReport.PARK_NAME_MAX_LENGTH);
        PlainText.require(basic.postalAddress(), AnnualReport.ADDRESS_MAX_LENGTH);
        // The postcode's length and digits are ContactFormats' rule below; here only its characters.
        PlainText.require(basic.postcode(), Integer.MAX_VALUE);
        PlainText.require(basic.typeNote(), AnnualReport.TYPE_NOTE_MAX_LENGTH);
        PlainText.require(basic.phone(), AnnualReport.PHONE_MAX_LENGTH);
        PlainText.require(basic.email(), AnnualReport.EMAIL_MAX_LENGTH);
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
        for (NarrativeSection section : NarrativeSection.values()) {
            PlainText.require(draft.narratives().get(section), AnnualReport.NARRATIVE_MAX_LENGTH);
        }
        // A notice topic's answer is a narrative of its own, with the same limit.
        draft.topicAnswers().values().forEach(text -> PlainText.require(text, AnnualReport.NARRATIVE_MAX_LENGTH));
    }
}
