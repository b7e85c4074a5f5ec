package org.silverbranch.core.persistence.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.IssuedToken;
import org.silverbranch.core.persistence.internal.jpa.Transactions;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;

@Component(service = AuthenticationService.class, configurationPid = "org.silverbranch.core.auth")
@Designate(ocd = AuthenticationConfiguration.class)
public class AuthenticationServiceImpl implements AuthenticationService {

    /** Hash of a password nobody has, verified for unknown users so timing does not reveal who exists. */
    private final String decoyHash;
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final CredentialCache cache;
    private final Duration tokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public AuthenticationServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                                     @Reference CoreSchema schema, AuthenticationConfiguration config) {
        this.tx = new Transactions(jpa);
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
        this.cache = new CredentialCache(Duration.ofSeconds(config.credentialCacheSeconds()), clock);
        this.tokenLifetime = Duration.ofMinutes(config.tokenLifetimeMinutes());
        this.decoyHash = hasher.hash(randomToken());
    }

    @Override
    public Optional<Caller> authenticate(String username, String password) {
        if (username == null || password == null || username.length() > 64 || password.length() > 256) {
            return Optional.empty();
        }
        Optional<Caller> cached = cache.lookup(username, password);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<UserAccountEntity> user = tx.inTransaction(em -> findUser(em, username));
        boolean valid = hasher.verify(password, user.map(UserAccountEntity::getPasswordHash).orElse(decoyHash));
        if (!valid || user.isEmpty() || !user.get().isEnabled()) {
            return Optional.empty();
        }
        Caller caller = user.get().toCaller();
        cache.remember(username, password, caller);
        return Optional.of(caller);
    }

    @Override
    public IssuedToken issueToken(String username, String password) {
        Caller caller = authenticate(username, password)
                .orElseThrow(() -> ServiceException.unauthorized("INVALID_CREDENTIALS"));
        String token = randomToken();
        Instant now = clock.instant();
        Instant expires = now.plus(tokenLifetime);
        tx.inTransaction(em -> {
            em.persist(new AuthTokenEntity(sha256(token), caller.username(), now, expires));
            return null;
        });
        return new IssuedToken(token, "Bearer", expires, caller.username());
    }

    @Override
    public Optional<Caller> authenticateToken(String token) {
        if (token == null || token.length() > 128) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> findToken(em, token)
                .filter(t -> t.isValidAt(clock.instant()))
                .flatMap(t -> findUser(em, t.getUsername()))
                .filter(UserAccountEntity::isEnabled)
                .map(UserAccountEntity::toCaller));
    }

    @Override
    public void revokeToken(String token) {
        if (token == null || token.length() > 128) {
            return;
        }
        tx.inTransaction(em -> {
            findToken(em, token).ifPresent(AuthTokenEntity::revoke);
            return null;
        });
    }

    private static Optional<UserAccountEntity> findUser(EntityManager em, String username) {
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
