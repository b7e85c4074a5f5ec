package org.silverbranch.module.venue.internal.rest;

import org.silverbranch.core.api.ServiceException;

/** Request bodies: an empty body is refused by the JSON reader, a literal {@code null} is refused here. */
final class Bodies {

    private Bodies() {
    }

    /** @throws ServiceException {@code BODY_REQUIRED} (400) when the body is null */
    static <T> T required(T body) {
        if (body == null) {
            throw ServiceException.badRequest("BODY_REQUIRED");
        }
        return body;
    }
}
