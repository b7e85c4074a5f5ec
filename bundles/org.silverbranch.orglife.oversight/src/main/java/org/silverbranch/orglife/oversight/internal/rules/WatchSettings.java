package org.silverbranch.orglife.oversight.internal.rules;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.silverbranch.orglife.oversight.internal.OversightConfiguration;

/**
 * The watch's district settings, checked: {@code 1 <= warningMonths < criticalMonths < 6}. Critical must come before
 * the Constitution's six months (art. 9), or the warning would come when the member is already deemed to have left.
 */
public record WatchSettings(int warningMonths, int criticalMonths, YearMonth watchStart) {

    /** The Party Constitution's six consecutive months (art. 9). */
    public static final int CONSTITUTION_MONTHS = 6;

    public WatchSettings {
        if (warningMonths < 1 || criticalMonths <= warningMonths || criticalMonths >= CONSTITUTION_MONTHS) {
            throw new IllegalArgumentException("expected 1 <= warningMonths < criticalMonths < "
                    + CONSTITUTION_MONTHS + ", got " + warningMonths + " and " + criticalMonths);
        }
        if (watchStart == null) {
            throw new IllegalArgumentException("watchStartMonth is required");
        }
    }

    public static WatchSettings of(OversightConfiguration config) {
        YearMonth start;
        try {
            start = YearMonth.parse(config.watchStartMonth() == null ? "" : config.watchStartMonth().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("watchStartMonth must be YYYY-MM: " + config.watchStartMonth(), e);
        }
        return new WatchSettings(config.warningMonths(), config.criticalMonths(), start);
    }

    /** The defaults: 3, 5, 2026-01. */
    public static WatchSettings defaults() {
        return new WatchSettings(3, 5, YearMonth.of(2026, 1));
    }
}
