package org.silverbranch.core.persistence.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the key of sensitive personal data is kept (PID {@code org.silverbranch.core.crypto}). */
@ObjectClassDefinition(name = "Silverbranch personal data key",
        description = "The key file that encrypts ID numbers in the database")
public @interface PersonalDataConfiguration {

    @AttributeDefinition(description = "Path of the key file; empty: ${karaf.etc}/silverbranch-keys/personal-data.key."
            + " Created with a random key, owner-only, when missing. Back it up with the database.")
    String keyFile() default "";
}
