package org.silverbranch.core.persistence.jpa;

import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;

/** Optimistic locking as the API states it: a write names the version it read, and only that version is changed. */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /**
     * @throws ServiceException {@code VALIDATION_FAILED} with {@code version: REQUIRED} (400) when no version was
     *                          sent, {@code STALE_VERSION} (409) when it is not the stored one
     */
    public static void requireVersion(Long given, long stored) {
        if (given == null) {
            throw ServiceException.invalid(new Problems().add("version", "REQUIRED").list());
        }
        if (given != stored) {
            throw ServiceException.conflict("STALE_VERSION");
        }
    }
}
