package org.silverbranch.orglife.oversight.internal.rest;

import java.time.Clock;
import java.time.YearMonth;

import javax.ws.rs.core.Response;

import org.silverbranch.core.rest.CsvDownloads;
import org.silverbranch.orglife.api.Period;

/**
 * What the resources share: CSV answers (the core's {@link CsvDownloads}: UTF-8 with the byte order mark Excel needs,
 * as an attachment) under file names made of the request's parts, and the {@code period} parameter.
 */
final class Downloads {

    private Downloads() {
    }

    static Response csv(byte[] content, String... nameParts) {
        return CsvDownloads.attachment(fileName(nameParts), content);
    }

    /** e.g. {@code watch-230109002-2026-11-25.csv}; only letters, digits and dashes from the parts. */
    static String fileName(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
    }

    /** {@code 2026}, {@code 2026-Q4} or {@code 2026-11}; the current quarter when absent. 400 INVALID_PERIOD else. */
    static Period period(String text, Clock clock) {
        return text == null || text.isBlank() ? Period.quarterOf(YearMonth.now(clock)) : Period.parse("period", text);
    }
}
