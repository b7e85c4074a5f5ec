package org.silverbranch.core.persistence.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of password checking, lockout and tokens (PID {@code org.silverbranch.core.auth}). */
@ObjectClassDefinition(name = "Silverbranch authentication",
        description = "Password hashing and rules, lockout after failed logins, credential cache, tokens")
public @interface AuthenticationConfiguration {

    @AttributeDefinition(description = "PBKDF2 iterations for new password hashes (stored hashes keep theirs)")
    int pbkdf2Iterations() default 310_000;

    @AttributeDefinition(description = "Seconds a verified password is remembered in memory, so HTTP Basic does not"
            + " pay the slow hash on every request; 0 disables the cache")
    int credentialCacheSeconds() default 300;

    @AttributeDefinition(description = "Minutes a bearer token of the web console stays valid")
    int tokenLifetimeMinutes() default 480;

    @AttributeDefinition(description = "Failed logins in a row after which an account is locked")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Seconds of the first lockout; each further failure after it doubles the delay")
    int lockoutSeconds() default 60;

    @AttributeDefinition(description = "Longest lockout in seconds")
    int maxLockoutSeconds() default 86_400;

    @AttributeDefinition(description = "Shortest password; passwords also need three of: lower-case, upper-case,"
            + " digits, other characters")
    int passwordMinLength() default 10;
}
