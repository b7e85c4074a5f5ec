package org.silverbranch.core.persistence.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of password checking and tokens (PID {@code org.silverbranch.core.auth}). */
@ObjectClassDefinition(name = "Silverbranch authentication", description = "Password hashing, credential cache, tokens")
public @interface AuthenticationConfiguration {

    @AttributeDefinition(description = "PBKDF2 iterations for new password hashes (stored hashes keep theirs)")
    int pbkdf2Iterations() default 310_000;

    @AttributeDefinition(description = "Seconds a verified password is remembered in memory, so HTTP Basic does not"
            + " pay the slow hash on every request; 0 disables the cache")
    int credentialCacheSeconds() default 300;

    @AttributeDefinition(description = "Minutes a bearer token of the web console stays valid")
    int tokenLifetimeMinutes() default 480;
}
