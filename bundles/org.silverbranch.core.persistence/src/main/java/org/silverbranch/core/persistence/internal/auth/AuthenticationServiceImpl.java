package org.silverbranch.core.persistence.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.IssuedToken;
import org.silverbranch.core.persistence.internal.audit.AuditLog;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins with lockout, bearer tokens, and the user's own password change. Every outcome a user could not see for
 * themselves is audited: login successes (each verification against the stored hash, i.e. at most once per
 * credential cache period for HTTP Basic, and every token), failures, lockouts, logouts and password changes.
 * <p>
 * A login answer never tells whether a user exists: unknown names cost the same hash verification and are locked
 * after the same number of failures as real accounts. While an account is locked no password is checked at all.
 * Login bookkeeping is written with plain SQL updates, so concurrent logins of one user never collide on the
 * record's version.
 */
@Component(service = AuthenticationService.class, configurationPid = "org.silverbranch.core.auth")
@Designate(ocd = AuthenticationConfiguration.class)
public class AuthenticationServiceImpl implements AuthenticationService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationServiceImpl.class);
    private static final int MAX_USERNAME = 64;
    private static final int MAX_TOKEN = 128;

    enum Outcome { SUCCESS, INVALID, LOCKED }

    record Attempt(Outcome outcome, Caller caller) {
    }

    /** What a login needs to know of a user, read in one short transaction. */
    private record Account(String username, String passwordHash, boolean enabled, Instant lockedUntil,
                           boolean passwordChangeRequired, Caller caller) {
    }

    /** Hash of a password nobody has, verified for unknown users so timing does not reveal who exists. */
    private final String decoyHash;
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Lockout lockout;
    private final CredentialCache cache;
    private final UnknownUserThrottle unknownUsers;
    private final Duration tokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    @Activate
    public AuthenticationServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                                     @Reference CoreSchema schema, @Reference CredentialCache cache,
                                     AuthenticationConfiguration config) {
        this(jpa, cache, config, Clock.systemUTC());
    }

    AuthenticationServiceImpl(JpaTemplate jpa, CredentialCache cache, AuthenticationConfiguration config, Clock clock) {
        this.tx = new Transactions(jpa);
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
        this.policy = new PasswordPolicy(config.passwordMinLength());
        this.lockout = lockout(config);
        this.cache = cache;
        this.unknownUsers = new UnknownUserThrottle(lockout);
        this.tokenLifetime = Duration.ofMinutes(config.tokenLifetimeMinutes());
        this.clock = clock;
        this.decoyHash = hasher.hash(randomToken());
    }

    static Lockout lockout(AuthenticationConfiguration config) {
        return new Lockout(Math.max(1, config.maxFailedLogins()), Duration.ofSeconds(Math.max(1, config.lockoutSeconds())),
                Duration.ofSeconds(Math.max(config.lockoutSeconds(), config.maxLockoutSeconds())));
    }

    @Override
    public Optional<Caller> authenticate(String username, String password) {
        Attempt attempt = attempt(username, password, "basic");
        return attempt.outcome() == Outcome.SUCCESS ? Optional.of(attempt.caller()) : Optional.empty();
    }

    private static final String VIA_TOKEN = "token";

    @Override
    public IssuedToken issueToken(String username, String password) {
        Attempt attempt = attempt(username, password, VIA_TOKEN);
        if (attempt.outcome() == Outcome.LOCKED) {
            throw ServiceException.unauthorized("ACCOUNT_LOCKED");
        }
        if (attempt.outcome() != Outcome.SUCCESS) {
            throw ServiceException.unauthorized("INVALID_CREDENTIALS");
        }
        Caller caller = attempt.caller();
        String token = randomToken();
        Instant now = clock.instant();
        Instant expires = now.plus(tokenLifetime);
        tx.inTransaction(em -> {
            em.persist(new AuthTokenEntity(sha256(token), caller.username(), now, expires));
            // every token is a login: audited here, also when the password was answered from the cache
            AuditLog.record(em, caller, "LOGIN_SUCCESS", "user", caller.username(), null,
                    Map.of("via", List.of(VIA_TOKEN)));
            return null;
        });
        return new IssuedToken(token, "Bearer", expires, caller.username());
    }

    /** One login: the password checked against the cache or the stored hash, with lockout and audit. */
    Attempt attempt(String username, String password, String via) {
        if (username == null || password == null || username.isEmpty() || username.length() > MAX_USERNAME
                || password.length() > PasswordPolicy.MAX_LENGTH) {
            return new Attempt(Outcome.INVALID, null);
        }
        Optional<Caller> cached = cache.lookup(username, password);
        if (cached.isPresent()) {
            return new Attempt(Outcome.SUCCESS, cached.get());
        }
        Instant now = clock.instant();
        long generation = cache.generation(username);
        Optional<Account> account = tx.inTransaction(em -> findUser(em, username).map(AuthenticationServiceImpl::account));
        boolean locked = account.map(a -> Lockout.isLocked(a.lockedUntil(), now))
                .orElseGet(() -> unknownUsers.isLocked(username, now));
        // the slow hash runs in every case, outside any transaction
        boolean valid = hasher.verify(password, account.filter(a -> !locked).map(Account::passwordHash).orElse(decoyHash));
        if (locked) {
            auditLogin(account, username, "LOGIN_FAILURE", Map.of("reason", List.of("locked"), "via", List.of(via)));
            return new Attempt(Outcome.LOCKED, null);
        }
        if (account.isPresent() && valid && account.get().enabled()) {
            Account a = account.get();
            tx.inTransaction(em -> {
                em.createNativeQuery("UPDATE sb_user_account SET failed_logins = 0, locked_until = NULL,"
                                + " last_login_at = ? WHERE username = ?")
                        .setParameter(1, Timestamp.from(now)).setParameter(2, username).executeUpdate();
                if (!VIA_TOKEN.equals(via)) {  // a token login is recorded with the token it issues
                    AuditLog.record(em, a.caller(), "LOGIN_SUCCESS", "user", username, null, Map.of("via", List.of(via)));
                }
                return null;
            });
            cache.remember(username, password, a.caller(), generation);
            cache.passwordChangeRequired(username, a.passwordChangeRequired(), generation);
            return new Attempt(Outcome.SUCCESS, a.caller());
        }
        return failed(account, username, via, now, valid ? "disabled" : "wrong password");
    }

    private Attempt failed(Optional<Account> account, String username, String via, Instant now, String reason) {
        cache.forget(username);
        if (account.isEmpty()) {
            // like a real account: this failure may start a lock, which the next attempt meets
            unknownUsers.failed(username, now);
            auditLogin(account, username, "LOGIN_FAILURE", Map.of("reason", List.of("unknown user"), "via", List.of(via)));
            return new Attempt(Outcome.INVALID, null);
        }
        Instant lockedUntil = tx.inTransaction(em -> {
            em.createNativeQuery("UPDATE sb_user_account SET failed_logins = failed_logins + 1 WHERE username = ?")
                    .setParameter(1, username).executeUpdate();
            Number failures = (Number) em.createNativeQuery(
                    "SELECT failed_logins FROM sb_user_account WHERE username = ?")
                    .setParameter(1, username).getSingleResult();
            Instant until = lockout.lockedUntil(failures.intValue(), now);
            Caller who = account.get().caller();
            AuditLog.record(em, who, "LOGIN_FAILURE", "user", username, null,
                    Map.of("reason", List.of(reason), "via", List.of(via),
                            "failedLogins", List.of(String.valueOf(failures.intValue()))));
            if (until != null) {
                em.createNativeQuery("UPDATE sb_user_account SET locked_until = ? WHERE username = ?")
                        .setParameter(1, Timestamp.from(until)).setParameter(2, username).executeUpdate();
                AuditLog.record(em, who, "ACCOUNT_LOCKED", "user", username, null,
                        Map.of("lockedUntil", List.of(until.toString())));
            }
            return until;
        });
        if (lockedUntil != null) {
            LOG.warn("User {} locked until {} after {} failed logins", username, lockedUntil, lockout.maxFailures());
        }
        return new Attempt(Outcome.INVALID, null);
    }

    private void auditLogin(Optional<Account> account, String username, String action, Map<String, List<String>> changes) {
        tx.inTransaction(em -> {
            Caller who = account.map(Account::caller).orElse(null);
            if (who != null) {
                AuditLog.record(em, who, action, "user", username, null, changes);
            } else {
                AuditLog.recordAnonymous(em, username, action, "user", username, changes);
            }
            return null;
        });
    }

    @Override
    public Optional<Caller> authenticateToken(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UserAccountEntity> user = tx.inTransaction(em -> findToken(em, token)
                .filter(t -> t.isValidAt(now))
                .flatMap(t -> findUser(em, t.getUsername()))
                .filter(UserAccountEntity::isEnabled));
        return user.map(UserAccountEntity::toCaller);  // passwordChangeRequired() caches its own answer
    }

    @Override
    public void revokeToken(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
            return;
        }
        tx.inTransaction(em -> {
            findToken(em, token).ifPresent(t -> {
                t.revoke();
                findUser(em, t.getUsername()).ifPresent(u ->
                        AuditLog.record(em, u.toCaller(), "LOGOUT", "user", u.getUsername(), null, Map.of()));
            });
            return null;
        });
    }

    @Override
    public boolean passwordChangeRequired(String username) {
        Boolean known = cache.passwordChangeRequired(username);
        if (known != null) {
            return known;
        }
        long generation = cache.generation(username);
        boolean required = tx.inTransaction(em -> findUser(em, username)
                .map(UserAccountEntity::isPasswordChangeRequired).orElse(false));
        cache.passwordChangeRequired(username, required, generation);
        return required;
    }

    @Override
    public void changePassword(Caller caller, String oldPassword, String newPassword) {
        Problems problems = new Problems();
        problems.require("oldPassword", oldPassword);
        problems.require("newPassword", newPassword);
        problems.throwIfAny();
        String username = caller.username();
        Instant now = clock.instant();
        Account account = tx.inTransaction(em -> findUser(em, username).map(AuthenticationServiceImpl::account))
                .orElseThrow(() -> ServiceException.forbidden("FORBIDDEN"));
        if (Lockout.isLocked(account.lockedUntil(), now)) {
            throw ServiceException.unauthorized("ACCOUNT_LOCKED");
        }
        if (oldPassword.length() > PasswordPolicy.MAX_LENGTH || !hasher.verify(oldPassword, account.passwordHash())) {
            failed(Optional.of(account), username, "password change", now, "wrong old password");
            throw ServiceException.invalid(new Problems().add("oldPassword", "WRONG_PASSWORD").list());
        }
        if (policy.check(problems, "newPassword", username, newPassword) && newPassword.equals(oldPassword)) {
            problems.add("newPassword", "PASSWORD_UNCHANGED");
        }
        problems.throwIfAny();
        String hash = hasher.hash(newPassword);
        tx.inTransaction(em -> {
            UserAccountEntity user = findUser(em, username).orElseThrow(() -> ServiceException.forbidden("FORBIDDEN"));
            user.setPassword(hash, false, now);
            revokeTokens(em, username);
            AuditLog.record(em, caller, "PASSWORD_CHANGE", "user", username, null, Map.of());
            return null;
        });
        cache.forget(username);
        cache.passwordChangeRequired(username, false, cache.generation(username));
        if (InitialAdministrator.USERNAME.equals(username)) {
            forgetInitialPassword();
        }
    }

    /** The first-start password file has no use once its password is changed. */
    private static void forgetInitialPassword() {
        Path file = InitialAdministrator.passwordFile();
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("The initial admin password was changed; {} deleted", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {} after the initial admin password was changed: {}", file, e.toString());
        }
    }

    /** Revokes every token of a user (password change or reset, role change, disabling). */
    static int revokeTokens(EntityManager em, String username) {
        return em.createQuery("UPDATE AuthTokenEntity t SET t.revoked = :yes WHERE t.username = :name")
                .setParameter("yes", Boolean.TRUE).setParameter("name", username).executeUpdate();
    }

    private static Account account(UserAccountEntity u) {
        return new Account(u.getUsername(), u.getPasswordHash(), u.isEnabled(), u.getLockedUntil(),
                u.isPasswordChangeRequired(), u.toCaller());
    }

    static Optional<UserAccountEntity> findUser(EntityManager em, String username) {
        List<UserAccountEntity> found = em.createQuery(
                        "SELECT u FROM UserAccountEntity u WHERE u.username = :name", UserAccountEntity.class)
                .setParameter("name", username).getResultList();
        return found.stream().findFirst();
    }

    private static Optional<AuthTokenEntity> findToken(EntityManager em, String token) {
        return em.createQuery("SELECT t FROM AuthTokenEntity t WHERE t.tokenHash = :hash", AuthTokenEntity.class)
                .setParameter("hash", sha256(token)).getResultList().stream().findFirst();
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
