package org.silverbranch.module.venue.internal.model;

import java.time.YearMonth;
import java.util.List;

/** The street's venues in one month, by name, and the street's totals (a venue named {@code null}, id 0). */
public record UtilizationReport(String streetCode, YearMonth month, List<VenueUtilization> venues,
                                VenueUtilization totals) {
}
