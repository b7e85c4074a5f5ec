package org.silverbranch.core.persistence.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;

public class CredentialCacheTest {

    private final CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), Clock.systemUTC());
    private final Caller streetAdmin = new Caller("wang", Role.STREET_ADMIN, "230109002", null);

    @Test
    public void aVerifiedPasswordIsRemembered() {
        cache.remember("wang", "Secret-2026!", streetAdmin, cache.generation("wang"));
        assertEquals(Optional.of(streetAdmin), cache.lookup("wang", "Secret-2026!"));
        assertTrue(cache.lookup("wang", "wrong").isEmpty());
    }

    @Test
    public void aLoginThatAnAccountChangeOvertookCachesNothing() {
        long before = cache.generation("wang");  // the login reads the account ...
        cache.forget("wang");                     // ... an admin demotes or disables the user meanwhile ...
        cache.remember("wang", "Secret-2026!", streetAdmin, before);
        cache.passwordChangeRequired("wang", false, before);
        assertTrue("the old role must not be served from the cache", cache.lookup("wang", "Secret-2026!").isEmpty());
        assertNull(cache.passwordChangeRequired("wang"));
    }
}
