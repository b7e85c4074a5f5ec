package org.silverbranch.module.venue.internal.model;

import java.time.LocalTime;

/** A free stretch of a venue on one day, on its slot grid: every slot from {@code start} to {@code end} is free. */
public record FreeRange(LocalTime start, LocalTime end, int minutes) {
}
