package org.silverbranch.orglife.assessment.internal.service;

import java.util.function.Supplier;

import org.silverbranch.core.api.ServiceException;

/**
 * A create checks that its record does not exist yet, but two creates can check at the same moment: the unique key
 * then refuses the second one's insert ({@code CONSTRAINT_VIOLATION}), which is answered as the same conflict the
 * check gives, so the user reads one reason either way.
 */
final class Duplicates {

    private Duplicates() {
    }

    static <T> T refused(Supplier<T> write, Supplier<ServiceException> duplicate) {
        try {
            return write.get();
        } catch (ServiceException e) {
            if ("CONSTRAINT_VIOLATION".equals(e.code())) {
                throw duplicate.get();
            }
            throw e;
        }
    }
}
