package org.silverbranch.orglife.meetings.internal.rest;

import java.time.Clock;
import java.time.YearMonth;

import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;

/** Request parameters of this bundle beyond the core's {@code QueryParams}. */
final class Params {

    private Params() {
    }

    /** @throws ServiceException {@code INVALID_PERIOD} (400); the current quarter when blank */
    static Period periodOrCurrentQuarter(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return Period.quarterOf(YearMonth.now(clock));
        }
        return Period.parse("period", text);
    }

    /** @throws ServiceException {@code BODY_REQUIRED} (400) when the body is null */
    static <T> T required(T body) {
        if (body == null) {
            throw ServiceException.badRequest("BODY_REQUIRED");
        }
        return body;
    }
}
