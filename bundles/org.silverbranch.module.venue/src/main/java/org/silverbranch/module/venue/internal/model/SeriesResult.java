package org.silverbranch.module.venue.internal.model;

import java.util.List;

/** What a series request booked and which dates it skipped. */
public record SeriesResult(String seriesId, List<Booking> booked, List<SkippedDate> skipped) {
}
