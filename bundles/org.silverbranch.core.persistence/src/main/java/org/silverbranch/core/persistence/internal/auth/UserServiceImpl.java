package org.silverbranch.core.persistence.internal.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.UserService;
import org.silverbranch.core.api.model.NewUser;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.UserAccount;
import org.silverbranch.core.api.model.UserUpdate;
import org.silverbranch.core.persistence.internal.audit.AuditLog;
import org.silverbranch.core.persistence.internal.audit.Changes;
import org.silverbranch.core.persistence.internal.organization.BranchRules;
import org.silverbranch.core.persistence.internal.organization.OrganizationEntity;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.Access;
import org.silverbranch.core.persistence.internal.street.StreetEntity;
import org.silverbranch.core.persistence.jpa.Transactions;

/**
 * Users and their roles. Every password set here is one its user must change at the next login; every change of
 * a user revokes their tokens and forgets their cached credentials, so it applies to the next request.
 */
@Component(service = UserService.class, configurationPid = "org.silverbranch.core.auth")
public class UserServiceImpl implements UserService {

    /** Letters, digits and {@code . _ @ -}; 2 to 64 characters, starting with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private final Transactions tx;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final CredentialCache cache;

    @Activate
    public UserServiceImpl(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                           @Reference CoreSchema schema, @Reference CredentialCache cache,
                           AuthenticationConfiguration config) {
        this.tx = new Transactions(jpa);
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
        this.policy = new PasswordPolicy(config.passwordMinLength());
        this.cache = cache;
    }

    @Override
    public List<UserAccount> list(Caller caller) {
        Access.requireUserReader(caller);
        return tx.inTransaction(em -> em.createQuery("SELECT u FROM UserAccountEntity u ORDER BY u.username",
                        UserAccountEntity.class).getResultList().stream()
                .filter(u -> Access.seesUser(caller, u.getRole(), u.getStreetCode()))
                .map(UserAccountEntity::toDto).toList());
    }

    @Override
    public UserAccount get(Caller caller, String username) {
        Access.requireUserReader(caller);
        return tx.inTransaction(em -> AuthenticationServiceImpl.findUser(em, username)
                .filter(u -> Access.seesUser(caller, u.getRole(), u.getStreetCode()))
                .map(UserAccountEntity::toDto)
                .orElseThrow(() -> ServiceException.notFound("USER_NOT_FOUND", username)));
    }

    @Override
    public UserAccount create(Caller caller, NewUser user) {
        requireManager(caller);
        Problems p = new Problems();
        if (p.require("username", user.username()) && !USERNAME.matcher(user.username()).matches()) {
            p.add("username", "INVALID_USERNAME");
        }
        policy.check(p, "password", user.username(), user.password());
        p.require("role", user.role());
        String hash = p.isEmpty() ? hasher.hash(user.password()) : null;
        return tx.inTransaction(em -> {
            Scope scope = scope(em, caller, p, user.role(), user.streetCode(), user.branchId());
            p.throwIfAny();
            if (!Access.grantsRole(caller, user.role(), scope.streetCode())) {
                throw Access.forbidden();
            }
            if (AuthenticationServiceImpl.findUser(em, user.username()).isPresent()) {
                throw ServiceException.conflict("USERNAME_TAKEN",
                        new FieldProblem("username", "USERNAME_TAKEN", List.of()));
            }
            UserAccountEntity created = new UserAccountEntity(user.username(), hash, user.role(), scope.streetCode(),
                    scope.branchId(), true);
            em.persist(created);
            em.flush();
            UserAccount dto = created.toDto();
            AuditLog.record(em, caller, "USER_CREATE", "user", dto.username(), dto.streetCode(),
                    Changes.of(null, dto));
            return dto;
        });
    }

    @Override
    public UserAccount update(Caller caller, String username, UserUpdate update) {
        requireManager(caller);
        UserAccount result = tx.inTransaction(em -> {
            UserAccountEntity user = writable(em, caller, username);
            OptimisticLocking.requireVersion(update.version(), user.getVersion());
            Problems p = new Problems();
            p.require("role", update.role());
            p.require("enabled", update.enabled());
            Scope scope = scope(em, caller, p, update.role(), update.streetCode(), update.branchId());
            p.throwIfAny();
            if (!Access.grantsRole(caller, update.role(), scope.streetCode())) {
                throw Access.forbidden();
            }
            boolean remainsAdmin = update.role() == Role.DISTRICT_ADMIN && update.enabled();
            if (user.getRole() == Role.DISTRICT_ADMIN && user.isEnabled() && !remainsAdmin && enabledAdmins(em) <= 1) {
                throw ServiceException.conflict("LAST_DISTRICT_ADMIN");
            }
            UserAccount before = user.toDto();
            user.setScope(update.role(), scope.streetCode(), scope.branchId());
            user.setEnabled(update.enabled());
            em.flush();
            UserAccount after = user.toDto();
            AuthenticationServiceImpl.revokeTokens(em, username);
            AuditLog.record(em, caller, "USER_UPDATE", "user", username, after.streetCode(), Changes.of(before, after));
            return after;
        });
        cache.forget(username);
        return result;
    }

    @Override
    public UserAccount resetPassword(Caller caller, String username, String newPassword) {
        requireManager(caller);
        Problems p = new Problems();
        policy.check(p, "newPassword", username, newPassword);
        String hash = p.isEmpty() ? hasher.hash(newPassword) : null;
        UserAccount result = tx.inTransaction(em -> {
            UserAccountEntity user = writable(em, caller, username);
            p.throwIfAny();
            user.setPassword(hash, true, Instant.now());
            em.flush();
            AuthenticationServiceImpl.revokeTokens(em, username);
            AuditLog.record(em, caller, "USER_PASSWORD_RESET", "user", username, user.getStreetCode(), Map.of());
            return user.toDto();
        });
        cache.forget(username);
        return result;
    }

    @Override
    public UserAccount unlock(Caller caller, String username) {
        requireManager(caller);
        UserAccount result = tx.inTransaction(em -> {
            UserAccountEntity user = writable(em, caller, username);
            UserAccount before = user.toDto();
            user.unlock();
            em.flush();
            AuditLog.record(em, caller, "USER_UNLOCK", "user", username, user.getStreetCode(),
                    Changes.of(before, user.toDto()));
            return user.toDto();
        });
        cache.forget(username);
        return result;
    }

    /** Only district and street admins manage users; anyone else is refused before anything is looked up. */
    private static void requireManager(Caller caller) {
        if (caller.role() != Role.DISTRICT_ADMIN && caller.role() != Role.STREET_ADMIN) {
            throw Access.forbidden();
        }
    }

    /** A user the caller may change: not themselves (that is {@code /auth/password}), inside their scope. */
    private static UserAccountEntity writable(EntityManager em, Caller caller, String username) {
        UserAccountEntity user = AuthenticationServiceImpl.findUser(em, username)
                .filter(u -> Access.seesUser(caller, u.getRole(), u.getStreetCode()))
                .orElseThrow(() -> Access.missingWriteTarget(caller, "USER_NOT_FOUND", username));
        if (user.getUsername().equals(caller.username())) {
            throw ServiceException.forbidden("OWN_ACCOUNT");
        }
        return user;
    }

    private record Scope(String streetCode, Long branchId) {
    }

    /**
     * The street and branch a role is bound to, checked: street roles need an existing street, a branch secretary
     * an active branch (whose street is theirs), district roles neither. To a street admin, another street's
     * branch is as unknown as one that does not exist.
     */
    private static Scope scope(EntityManager em, Caller caller, Problems p, Role role, String streetCode, Long branchId) {
        if (role == null) {
            return new Scope(null, null);
        }
        switch (role) {
            case DISTRICT_ADMIN, AUDITOR -> {
                if (streetCode != null) {
                    p.add("streetCode", "SCOPE_NOT_ALLOWED");
                }
                if (branchId != null) {
                    p.add("branchId", "SCOPE_NOT_ALLOWED");
                }
                return new Scope(null, null);
            }
            case STREET_ADMIN, SPECIALIST, VIEWER -> {
                if (branchId != null) {
                    p.add("branchId", "SCOPE_NOT_ALLOWED");
                }
                if (p.require("streetCode", streetCode) && Access.seesStreet(caller, streetCode)
                        && (streetCode.length() > 9 || em.find(StreetEntity.class, streetCode) == null)) {
                    p.add("streetCode", "UNKNOWN_STREET", streetCode);
                }
                return new Scope(streetCode, null);
            }
            case BRANCH_SECRETARY -> {
                if (!p.require("branchId", branchId)) {
                    return new Scope(streetCode, null);
                }
                OrganizationEntity branch = em.find(OrganizationEntity.class, branchId);
                if (branch == null || !Access.seesStreet(caller, branch.getStreetCode())) {
                    p.add("branchId", "UNKNOWN_BRANCH", branchId);
                    return new Scope(streetCode, branchId);
                }
                if (!BranchRules.holdsMembers(branch.getType())) {
                    p.add("branchId", "NOT_A_BRANCH", branchId);
                } else if (branch.getStatus() != OrganizationStatus.ACTIVE) {
                    p.add("branchId", "BRANCH_NOT_ACTIVE", branchId);
                }
                if (streetCode != null && !streetCode.equals(branch.getStreetCode())) {
                    p.add("streetCode", "BRANCH_NOT_IN_STREET", branchId, streetCode);
                }
                return new Scope(branch.getStreetCode(), branchId);
            }
            default -> throw new IllegalArgumentException(String.valueOf(role));
        }
    }

    private static long enabledAdmins(EntityManager em) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u WHERE u.role = :role AND u.enabled = :yes",
                        Long.class).setParameter("role", Role.DISTRICT_ADMIN).setParameter("yes", Boolean.TRUE)
                .getSingleResult();
    }
}
