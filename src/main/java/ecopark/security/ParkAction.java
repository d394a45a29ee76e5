package ecopark.security;

/**
 * What a user may do with a park's data; {@link AccessPolicy} decides who may do which, for which parks
 * (docs/product.md, "Who uses it").
 */
public enum ParkAction {
    /** See the park's reports, sheets, revisions, documents and rectification tasks. */
    READ,
    /** Create, edit, import, submit, withdraw and start a correction of the park's reports; write its sheet. */
    DRAFT,
    /** Rectify the park's tasks: progress, evidence, done, extension requests, the park's own findings. */
    RECTIFY,
    /** Hand down, verify and close (销号) the park's tasks and decide their extensions. */
    MANAGE_TASKS,
    /** Claim and decide the review tasks of the park's reports. */
    REVIEW
}
