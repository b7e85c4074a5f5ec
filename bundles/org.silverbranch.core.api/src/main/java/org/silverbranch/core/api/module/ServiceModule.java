package org.silverbranch.core.api.module;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/** Registered as an OSGi service by each module bundle: what the module is. */
@ConsumerType
public interface ServiceModule {

    ModuleDescriptor descriptor();

    /**
     * The message, in the locale's language (Chinese or English), for an error or field code the module defines
     * itself (e.g. {@code SHIFT_OVERLAP}); empty for codes it does not define. Placeholders {@code {0}}, {@code {1}}
     * are filled with the exception's arguments. The core's own codes need no entry here.
     */
    default Optional<String> message(String code, Locale locale) {
        return Optional.empty();
    }
}
