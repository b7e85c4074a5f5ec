package org.silverbranch.orglife.supervision;

import java.time.LocalDate;

/**
 * A status change of an OPEN rectification task.
 *
 * @param status         DONE or CANCELLED (required)
 * @param completedOn    DONE: required, not before the inspection date and not in the future
 * @param completionNote DONE: required, at most 1000 characters
 * @param cancelReason   CANCELLED: required, at most 1000 characters
 * @param version        the version read (required); a stale one answers 409 {@code STALE_VERSION}
 */
public record RectificationUpdate(RectificationStatus status, LocalDate completedOn, String completionNote,
                                  String cancelReason, Long version) {
}
