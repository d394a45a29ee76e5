package ecopark.base.domain;

import java.util.List;

/**
 * A save refused because of one or more fields, every one of them named, so a form can mark each field at once; the
 * message of the exception itself is the first problem's.
 */
public class FieldProblemsException extends BusinessRuleException {

    private final transient List<FieldProblem> problems;

    public FieldProblemsException(List<FieldProblem> problems) {
        super(problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Throws when there is any problem. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new FieldProblemsException(problems);
        }
    }
}
