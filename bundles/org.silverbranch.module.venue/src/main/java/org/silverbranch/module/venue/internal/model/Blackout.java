package org.silverbranch.module.venue.internal.model;

import java.time.LocalDate;

/** A day the venue is closed whatever its opening hours say (a holiday, repairs, an election). */
public record Blackout(LocalDate date, String reason) {
}
