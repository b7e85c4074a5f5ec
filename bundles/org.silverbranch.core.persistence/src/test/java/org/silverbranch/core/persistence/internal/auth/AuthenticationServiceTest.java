package org.silverbranch.core.persistence.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.AuditEntry;
import org.silverbranch.core.api.model.AuditQuery;
import org.silverbranch.core.api.model.IssuedToken;
import org.silverbranch.core.api.model.NewUser;
import org.silverbranch.core.api.model.UserAccount;
import org.silverbranch.core.api.model.UserUpdate;
import org.silverbranch.core.persistence.internal.Configs;
import org.silverbranch.core.persistence.internal.MutableClock;
import org.silverbranch.core.persistence.internal.TestDatabase;
import org.silverbranch.core.persistence.internal.audit.AuditServiceImpl;
import org.silverbranch.core.persistence.internal.district.DemoDistrictFixture;

/**
 * Logins, lockout, tokens, password changes and user management on a real database, with a clock the test moves.
 * A low PBKDF2 work factor keeps it fast; the algorithm is the same.
 */
public class AuthenticationServiceTest {

    private static final Caller SYSTEM = Caller.system("test");
    private static final String STRONG = "Songbei-2026!";
    private static final String SUN_ISLAND = "230109002";
    private static final String SONGBEI = "230109005";
    private static TestDatabase db;
    private static int sequence;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private AuthenticationConfiguration config;
    private CredentialCache cache;
    private AuthenticationServiceImpl auth;
    private UserServiceImpl users;
    private AuditServiceImpl audit;

    @BeforeClass
    public static void load() {
        db = new TestDatabase();
        DemoDistrictFixture.load(db, 20);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Before
    public void services() {
        config = Configs.of(AuthenticationConfiguration.class, Map.of("pbkdf2Iterations", 1000));
        cache = new CredentialCache(Duration.ofMinutes(5), clock);
        auth = new AuthenticationServiceImpl(db, cache, config, clock);
        users = new UserServiceImpl(db, null, cache, config);
        audit = new AuditServiceImpl(db, null);
    }

    /** A new street admin of Sun Island with a password they must change. */
    private String newUser(Role role, String street) {
        String name = "user" + (++sequence);
        users.create(SYSTEM, new NewUser(name, STRONG, role, street, null));
        return name;
    }

    private String changedUser() {
        String name = newUser(Role.STREET_ADMIN, SUN_ISLAND);
        auth.changePassword(new Caller(name, Role.STREET_ADMIN, SUN_ISLAND, null), STRONG, "Another-2026!");
        return name;
    }

    @Test
    public void aCreatedUserLogsInButMustChangeThePasswordFirst() {
        String name = newUser(Role.VIEWER, SUN_ISLAND);
        Caller caller = auth.authenticate(name, STRONG).orElseThrow();
        assertEquals(new Caller(name, Role.VIEWER, SUN_ISLAND, null), caller);
        assertTrue(auth.passwordChangeRequired(name));

        ServiceException weak = expect(() -> auth.changePassword(caller, STRONG, "short"));
        assertEquals("newPassword:PASSWORD_TOO_SHORT", field(weak));
        ServiceException same = expect(() -> auth.changePassword(caller, STRONG, STRONG));
        assertEquals("newPassword:PASSWORD_UNCHANGED", field(same));
        ServiceException wrongOld = expect(() -> auth.changePassword(caller, "wrong-Old-1", "Better-2026!"));
        assertEquals("oldPassword:WRONG_PASSWORD", field(wrongOld));

        auth.changePassword(caller, STRONG, "Better-2026!");
        assertFalse(auth.passwordChangeRequired(name));
        assertTrue(auth.authenticate(name, STRONG).isEmpty());
        assertTrue(auth.authenticate(name, "Better-2026!").isPresent());
        assertTrue(actions(name).containsAll(List.of("USER_CREATE", "LOGIN_SUCCESS", "PASSWORD_CHANGE")));
    }

    @Test
    public void wrongPasswordAndUnknownUserAnswerAlike() {
        String name = changedUser();
        assertEquals(Optional.empty(), auth.authenticate(name, "wrong"));
        assertEquals(Optional.empty(), auth.authenticate("nobody-" + sequence, "wrong"));
        assertEquals("INVALID_CREDENTIALS", expect(() -> auth.issueToken(name, "wrong")).code());
        assertEquals("INVALID_CREDENTIALS", expect(() -> auth.issueToken("nobody-" + sequence, "wrong")).code());
        assertTrue(actions(name).contains("LOGIN_FAILURE"));
    }

    @Test
    public void fiveFailuresLockTheAccountForAGrowingDelay() {
        String name = changedUser();
        for (int i = 0; i < 5; i++) {
            assertEquals("INVALID_CREDENTIALS", expect(() -> auth.issueToken(name, "wrong")).code());
        }
        // locked: even the right password is refused, without being checked
        assertEquals("ACCOUNT_LOCKED", expect(() -> auth.issueToken(name, "Another-2026!")).code());
        assertEquals(Optional.empty(), auth.authenticate(name, "Another-2026!"));
        assertTrue(actions(name).contains("ACCOUNT_LOCKED"));

        clock.advance(Duration.ofSeconds(61));
        assertEquals("INVALID_CREDENTIALS", expect(() -> auth.issueToken(name, "wrong")).code());
        clock.advance(Duration.ofSeconds(61));
        assertEquals("the second lock lasts two minutes", "ACCOUNT_LOCKED",
                expect(() -> auth.issueToken(name, "Another-2026!")).code());
        clock.advance(Duration.ofSeconds(60));
        assertNotNull(auth.issueToken(name, "Another-2026!"));
        // a success resets the count: one failure does not lock again
        assertEquals(Optional.empty(), auth.authenticate(name, "wrong"));
        assertTrue(auth.authenticate(name, "Another-2026!").isPresent());
    }

    @Test
    public void unknownUsersAreLockedLikeRealOnes() {
        String ghost = "ghost-" + (++sequence);
        for (int i = 0; i < 5; i++) {
            assertEquals("INVALID_CREDENTIALS", expect(() -> auth.issueToken(ghost, "wrong")).code());
        }
        assertEquals("ACCOUNT_LOCKED", expect(() -> auth.issueToken(ghost, "wrong")).code());
    }

    @Test
    public void anAdministratorUnlocks() {
        String name = changedUser();
        for (int i = 0; i < 5; i++) {
            auth.authenticate(name, "wrong");
        }
        assertTrue(users.get(SYSTEM, name).lockedUntil().isAfter(clock.instant()));
        users.unlock(SYSTEM, name);
        assertTrue(auth.authenticate(name, "Another-2026!").isPresent());
    }

    @Test
    public void tokensExpireCanBeRevokedAndCannotBeForged() {
        String name = changedUser();
        IssuedToken token = auth.issueToken(name, "Another-2026!");
        assertTrue(auth.authenticateToken(token.token()).isPresent());
        assertTrue(auth.authenticateToken(token.token() + "x").isEmpty());
        assertTrue(auth.authenticateToken("forged").isEmpty());
        assertTrue(auth.authenticateToken("x".repeat(500)).isEmpty());
        clock.advance(Duration.ofMinutes(481));
        assertTrue("expired after 480 minutes", auth.authenticateToken(token.token()).isEmpty());

        IssuedToken second = auth.issueToken(name, "Another-2026!");
        auth.revokeToken(second.token());
        assertTrue(auth.authenticateToken(second.token()).isEmpty());
        assertTrue(actions(name).contains("LOGOUT"));
    }

    @Test
    public void aResetPasswordMustBeChangedAndEndsEverySession() {
        String name = changedUser();
        IssuedToken token = auth.issueToken(name, "Another-2026!");
        UserAccount reset = users.resetPassword(SYSTEM, name, "Temporary-2026");
        assertTrue(reset.passwordChangeRequired());
        assertTrue(auth.authenticateToken(token.token()).isEmpty());
        assertTrue(auth.authenticate(name, "Another-2026!").isEmpty());
        assertTrue(auth.authenticate(name, "Temporary-2026").isPresent());
        assertTrue(auth.passwordChangeRequired(name));
    }

    @Test
    public void aDisabledUserCannotLogIn() {
        String name = changedUser();
        assertTrue(auth.authenticate(name, "Another-2026!").isPresent());
        UserAccount u = users.get(SYSTEM, name);
        users.update(SYSTEM, name, new UserUpdate(u.role(), u.streetCode(), null, false, u.version()));
        assertTrue("the cached credential is forgotten", auth.authenticate(name, "Another-2026!").isEmpty());
    }

    @Test
    public void streetAdminsManageOnlyTheirStreetsUsers() {
        Caller streetAdmin = new Caller("sa", Role.STREET_ADMIN, SUN_ISLAND, null);
        String own = newUser(Role.VIEWER, SUN_ISLAND);
        String foreign = newUser(Role.VIEWER, SONGBEI);
        assertTrue(users.list(streetAdmin).stream().allMatch(u -> SUN_ISLAND.equals(u.streetCode())));
        assertTrue(users.list(streetAdmin).stream().anyMatch(u -> u.username().equals(own)));
        assertEquals(ErrorKind.NOT_FOUND, expect(() -> users.get(streetAdmin, foreign)).kind());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> users.unlock(streetAdmin, foreign)).kind());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> users.unlock(streetAdmin, "no-such-user")).kind());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> users.create(streetAdmin,
                new NewUser("x" + (++sequence), STRONG, Role.VIEWER, SONGBEI, null))).kind());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> users.create(streetAdmin,
                new NewUser("x" + (++sequence), STRONG, Role.AUDITOR, null, null))).kind());
        UserAccount created = users.create(streetAdmin,
                new NewUser("x" + (++sequence), STRONG, Role.SPECIALIST, SUN_ISLAND, null));
        assertTrue(created.passwordChangeRequired());
        Caller viewer = new Caller("v", Role.VIEWER, SUN_ISLAND, null);
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> users.list(viewer)).kind());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> users.create(viewer,
                new NewUser("x" + (++sequence), STRONG, Role.VIEWER, SUN_ISLAND, null))).kind());
    }

    @Test
    public void userRequestsAreValidated() {
        ServiceException e = expect(() -> users.create(SYSTEM, new NewUser("bad name'--", "weak", Role.STREET_ADMIN,
                null, 5L)));
        assertEquals(Set.of("username:INVALID_USERNAME", "password:PASSWORD_TOO_SHORT", "streetCode:REQUIRED",
                "branchId:SCOPE_NOT_ALLOWED"), fields(e));
        String name = newUser(Role.VIEWER, SUN_ISLAND);
        assertEquals("USERNAME_TAKEN", expect(() -> users.create(SYSTEM,
                new NewUser(name, STRONG, Role.VIEWER, SUN_ISLAND, null))).code());
        assertEquals(Set.of("branchId:UNKNOWN_BRANCH"), fields(expect(() -> users.create(SYSTEM,
                new NewUser("y" + (++sequence), STRONG, Role.BRANCH_SECRETARY, null, 999_999L)))));
    }

    @Test
    public void theAuditLogIsForDistrictAdminsAndAuditorsAndFiltersByTime() {
        String name = changedUser();
        Caller auditor = new Caller("aud", Role.AUDITOR, null, null);
        assertFalse(audit.search(auditor, query(name, null, null)).items().isEmpty());
        assertTrue(audit.search(auditor, query(name, Instant.now().plusSeconds(3600), null)).items().isEmpty());
        assertFalse(audit.search(auditor, query(name, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60)))
                .items().isEmpty());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> audit.search(new Caller("s", Role.STREET_ADMIN, SUN_ISLAND,
                null), query(null, null, null))).kind());
    }

    private static AuditQuery query(String username, Instant from, Instant to) {
        return new AuditQuery(username, null, null, null, null, from, to, 0, 200);
    }

    @Test
    public void everyTokenIsAnAuditedLoginAlsoWhenThePasswordWasCached() {
        String name = changedUser();
        long before = actions(name).stream().filter("LOGIN_SUCCESS"::equals).count();
        auth.issueToken(name, "Another-2026!");
        auth.issueToken(name, "Another-2026!");  // the password is answered from the cache this time
        assertEquals(before + 2, actions(name).stream().filter("LOGIN_SUCCESS"::equals).count());
    }

    private List<String> actions(String username) {
        return audit.search(SYSTEM, new AuditQuery(null, null, "user", username, null, null, null, 0, 200))
                .items().stream().map(AuditEntry::action).toList();
    }

    private static String field(ServiceException e) {
        return e.fields().get(0).field() + ":" + e.fields().get(0).code();
    }

    private static Set<String> fields(ServiceException e) {
        return e.fields().stream().map(f -> f.field() + ":" + f.code()).collect(Collectors.toSet());
    }

    static ServiceException expect(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("expected a ServiceException");
        return null;
    }
}
