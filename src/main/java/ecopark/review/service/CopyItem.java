package ecopark.review.service;

import java.time.Instant;

/** A revision copied to the user (抄送我的), as their inbox lists it. */
public record CopyItem(long id, long reportId, String parkName, int year, int revisionNumber, String senderName,
        String note, Instant sentAt, boolean read) {
}
