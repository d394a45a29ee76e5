package ecopark.rectification.service;

import ecopark.rectification.domain.RectificationSource;

/**
 * Which tasks a list shows; every part may be null (no restriction). {@code closedInYear} narrows closed tasks to
 * those closed in that year, as the dashboard's "closed this year" figure counts them.
 */
public record TaskFilter(Long parkId, RectificationSource source, Long roundId, TaskState state, String text,
        Integer closedInYear) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, TaskState.ALL, null, null);

    public TaskState stateOrAll() {
        return state == null ? TaskState.ALL : state;
    }

    public TaskFilter withPark(Long id) {
        return new TaskFilter(id, source, roundId, state, text, closedInYear);
    }

    public TaskFilter withSource(RectificationSource s) {
        return new TaskFilter(parkId, s, roundId, state, text, closedInYear);
    }

    public TaskFilter withRound(Long id) {
        return new TaskFilter(parkId, source, id, state, text, closedInYear);
    }

    public TaskFilter withState(TaskState s) {
        return new TaskFilter(parkId, source, roundId, s, text, closedInYear);
    }

    public TaskFilter withText(String t) {
        return new TaskFilter(parkId, source, roundId, state, t, closedInYear);
    }

    public TaskFilter withClosedInYear(Integer year) {
        return new TaskFilter(parkId, source, roundId, state, text, year);
    }
}
