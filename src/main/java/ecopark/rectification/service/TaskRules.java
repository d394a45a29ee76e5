package ecopark.rectification.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.PlainText;
import ecopark.rectification.domain.RectificationTask;
import java.time.LocalDate;

/** The rules of a task's describing fields, checked by the form as the user types and by the service again. */
final class TaskRules {

    private TaskRules() {
    }

    static void checkDescription(String title, String description, String unit, String person) {
        required(title, "rectification.error.titleRequired", RectificationTask.TITLE_MAX_LENGTH);
        required(unit, "rectification.error.unitRequired", RectificationTask.UNIT_MAX_LENGTH);
        required(person, "rectification.error.personRequired", RectificationTask.PERSON_MAX_LENGTH);
        if (description != null && description.strip().length() > RectificationTask.DESCRIPTION_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.DESCRIPTION_MAX_LENGTH);
        }
        // Invisible and direction-changing characters are refused as in every other text (PlainText).
        for (String text : new String[] {title, description, unit, person}) {
            PlainText.require(text, Integer.MAX_VALUE);
        }
    }

    static void checkDeadline(LocalDate deadline, LocalDate assignedOn) {
        if (deadline == null) {
            throw new BusinessRuleException("rectification.error.deadlineRequired");
        }
        if (deadline.isBefore(assignedOn)) {
            throw new BusinessRuleException("rectification.error.deadlineBeforeAssigned", assignedOn);
        }
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void required(String value, String key, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(key);
        }
        if (value.strip().length() > max) {
            throw new BusinessRuleException("rectification.error.tooLong", max);
        }
    }
}
