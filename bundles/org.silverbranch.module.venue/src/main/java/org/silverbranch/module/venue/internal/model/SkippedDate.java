package org.silverbranch.module.venue.internal.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A date of a series that was not booked, and why: the rule's code (e.g. {@code BOOKING_CONFLICT},
 * {@code BLACKOUT_DATE}), its arguments and the message in the request's language.
 */
public record SkippedDate(LocalDate date, String code, List<String> args, String message) {

    public SkippedDate withMessage(String text) {
        return new SkippedDate(date, code, args, text);
    }
}
