package org.silverbranch.core.api;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by a core bundle that defines error and field codes of its own (organizational life,
 * for instance), so the REST layer can answer them in Chinese and English. Modules give theirs through
 * {@code ServiceModule.message} instead.
 */
@ConsumerType
public interface ErrorMessages {

    /**
     * The message, in the locale's language (Chinese or English), for a code this bundle defines; empty for codes it
     * does not define. Placeholders {@code {0}}, {@code {1}} are filled with the exception's arguments.
     */
    Optional<String> message(String code, Locale locale);
}
