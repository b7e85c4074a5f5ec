package org.silverbranch.core.persistence.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.silverbranch.core.api.Caller;

/**
 * Remembers recently verified passwords for a short time as an HMAC under a key that exists only in this process,
 * so that HTTP Basic clients do not pay the slow password hash on every request; and whether each user still has
 * to change a password set by someone else, so that check costs no query per request. Anything that changes a
 * user's password, role, scope or lock {@link #forget}s the user.
 */
@Component(service = CredentialCache.class, configurationPid = "org.silverbranch.core.auth")
public final class CredentialCache {

    private record Entry(byte[] mac, Caller caller, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> passwordChangeRequired = new ConcurrentHashMap<>();
    /**
     * Bumped by {@link #forget}: a login reads it before it reads the account, and what it learnt is remembered only
     * if no change of the account (role, status, password) came in between.
     */
    private final ConcurrentHashMap<String, Long> generations = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    @Activate
    public CredentialCache(AuthenticationConfiguration config) {
        this(Duration.ofSeconds(config.credentialCacheSeconds()), Clock.systemUTC());
    }

    CredentialCache(Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    Optional<Caller> lookup(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null || entry.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password)) ? Optional.of(entry.caller()) : Optional.empty();
    }

    /** The user's generation, to read before the account is read from the database. */
    long generation(String username) {
        return generations.getOrDefault(username, 0L);
    }

    /** Remembers a verified password, unless the account changed since {@code generation} was read. */
    void remember(String username, String password, Caller caller, long generation) {
        if (lifetime.isZero()) {
            return;
        }
        Entry entry = new Entry(mac(username, password), caller, clock.instant().plus(lifetime));
        entries.compute(username, (name, old) -> generation(name) == generation ? entry : old);
    }

    /** Whether the user must change the password, if known here; null when the database has to be asked. */
    Boolean passwordChangeRequired(String username) {
        return passwordChangeRequired.get(username);
    }

    /** Remembers whether the user must change the password, unless the account changed since {@code generation}. */
    void passwordChangeRequired(String username, boolean required, long generation) {
        passwordChangeRequired.compute(username, (name, old) -> generation(name) == generation ? Boolean.valueOf(required) : old);
    }

    /** Drops everything remembered about the user: the next request is checked against the database. */
    public void forget(String username) {
        generations.merge(username, 1L, Long::sum);  // first: a login in flight must not re-cache the old account
        entries.remove(username);
        passwordChangeRequired.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
