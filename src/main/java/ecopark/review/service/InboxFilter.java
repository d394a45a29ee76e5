package ecopark.review.service;

import ecopark.review.domain.ReviewStage;

/**
 * What the reviewer narrows the inbox to: a stage, a park, a report year (each null for any), only the tasks they
 * hold, and the order.
 */
public record InboxFilter(ReviewStage stage, Long parkId, Integer year, boolean mineOnly, InboxSort sort) {

    public InboxFilter {
        sort = sort == null ? InboxSort.DUE_FIRST : sort;
    }

    public static InboxFilter all() {
        return new InboxFilter(null, null, null, false, InboxSort.DUE_FIRST);
    }

    /** The order of the inbox; every one ends with the task id so pages never overlap. */
    public enum InboxSort {
        /** Earliest due date first (the default: what is late or nearly late comes first). */
        DUE_FIRST,
        /** Most recently submitted (or handed to the stage) first. */
        NEWEST_FIRST,
        /** Longest waiting first. */
        OLDEST_FIRST;

        public String labelKey() {
            return "inbox.sort." + name();
        }
    }
}
