package org.silverbranch.orglife.assessment.internal.rest;

import java.time.Clock;
import java.time.LocalDate;

import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.rest.QueryParams;

/** Request bodies and the {@code year} parameter. */
final class Requests {

    private Requests() {
    }

    /** @throws ServiceException {@code BODY_REQUIRED} (400) for a literal {@code null} body */
    static <T> T required(T body) {
        if (body == null) {
            throw ServiceException.badRequest("BODY_REQUIRED");
        }
        return body;
    }

    /** The {@code year} parameter, this year when absent. @throws ServiceException 400 for anything not a number */
    static int year(String value, Clock clock) {
        QueryParams params = new QueryParams();
        int year = params.toInt("year", value, LocalDate.now(clock).getYear());
        params.throwIfInvalid();
        return year;
    }
}
