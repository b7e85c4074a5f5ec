package org.silverbranch.core.persistence.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;

public class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    private String problem(String username, String password) {
        Problems p = new Problems();
        policy.check(p, "newPassword", username, password);
        return p.list().stream().map(FieldProblem::code).findFirst().orElse("OK");
    }

    @Test
    public void strongPasswordsPass() {
        assertEquals("OK", problem("wang", "Songbei-2026!"));
        assertEquals("OK", problem("wang", "xK9mQ2vL7pRt"));
        assertEquals("OK", problem("wang", InitialAdministrator.randomPassword()));
    }

    @Test
    public void weakPasswordsAreRefusedWithTheReason() {
        assertEquals("REQUIRED", problem("wang", ""));
        assertEquals("PASSWORD_TOO_SHORT", problem("wang", "Ab1!xyz"));
        assertEquals("PASSWORD_TOO_WEAK", problem("wang", "abcdefghijkl"));
        assertEquals("PASSWORD_TOO_WEAK", problem("wang", "Password123"));
        assertEquals("PASSWORD_TOO_WEAK", problem("wang", "Aa1Aa1Aa1Aa1"));
        assertEquals("PASSWORD_CONTAINS_USERNAME", problem("wangxl", "Wangxl-2026!"));
        assertEquals("TOO_LONG", problem("wang", "Aa1!" + "x".repeat(300)));
    }

    @Test
    public void theGeneratedPasswordIsAlwaysStrong() {
        for (int i = 0; i < 200; i++) {
            assertEquals("OK", problem("admin", InitialAdministrator.randomPassword()));
        }
    }

    @Test
    public void lockoutStartsAtTheFifthFailureAndDoublesUpToTheLongest() {
        Lockout lockout = new Lockout(5, Duration.ofMinutes(1), Duration.ofMinutes(30));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(null, lockout.lockedUntil(4, now));
        assertEquals(now.plusSeconds(60), lockout.lockedUntil(5, now));
        assertEquals(now.plusSeconds(120), lockout.lockedUntil(6, now));
        assertEquals(now.plusSeconds(240), lockout.lockedUntil(7, now));
        assertEquals(now.plusSeconds(1800), lockout.lockedUntil(40, now));
        assertTrue(Lockout.isLocked(now.plusSeconds(1), now));
        assertTrue(!Lockout.isLocked(now, now));
    }
}
