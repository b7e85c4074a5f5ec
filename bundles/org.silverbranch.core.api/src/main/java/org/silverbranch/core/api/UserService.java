package org.silverbranch.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.NewUser;
import org.silverbranch.core.api.model.UserAccount;
import org.silverbranch.core.api.model.UserUpdate;

/**
 * The users of the platform, each with one {@link Role} and its scope. District admins manage every user; a street
 * admin manages the street-scoped users (street admin, branch secretary, specialist, viewer) of their own street.
 * A password set by someone else, here or at the first start, must be changed by its user before anything else
 * works ({@link AuthenticationService#changePassword}). Users are never deleted: they are disabled.
 */
@ProviderType
public interface UserService {

    /** The users the caller may manage or audit, ordered by username. @throws ServiceException FORBIDDEN (403) */
    List<UserAccount> list(Caller caller);

    /** @throws ServiceException {@code USER_NOT_FOUND} (404) also for a user outside the caller's scope */
    UserAccount get(Caller caller, String username);

    /**
     * Creates a user whose password must be changed at the first login.
     *
     * @throws ServiceException {@code VALIDATION_FAILED} (400: username, weak password, role without its street or
     *                          branch), {@code USERNAME_TAKEN} (409), {@code FORBIDDEN} (403) for a role or street
     *                          the caller may not grant
     */
    UserAccount create(Caller caller, NewUser user);

    /** Changes role, scope or enabled flag; needs the version read. Revokes the user's tokens. */
    UserAccount update(Caller caller, String username, UserUpdate update);

    /** Sets a new password that its user must change at the next login; unlocks and revokes the user's tokens. */
    UserAccount resetPassword(Caller caller, String username, String newPassword);

    /** Ends a lockout after failed logins. */
    UserAccount unlock(Caller caller, String username);
}
