package org.silverbranch.core.rest.internal.filter;

import java.io.IOException;

/**
 * A request body grew over the limit while it was read. An {@link IOException}, because stream readers may only
 * throw that; the error mapper finds it in the cause chain whatever CXF or Jackson wrapped it in.
 */
public final class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("Request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
