package org.silverbranch.core.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.IssuedToken;

/**
 * Checks credentials of users stored in the database; passwords are kept only as slow salted hashes. After repeated
 * failed logins an account is locked for a growing delay; logins, failures and password changes are audited.
 */
@ProviderType
public interface AuthenticationService {

    /** The caller for a correct username and password, empty otherwise (never says which was wrong). */
    Optional<Caller> authenticate(String username, String password);

    /**
     * @throws ServiceException {@code INVALID_CREDENTIALS} (401), {@code ACCOUNT_LOCKED} (401) while the account
     *                          is locked after failed logins
     */
    IssuedToken issueToken(String username, String password);

    /** The caller for a valid, unexpired, unrevoked token. */
    Optional<Caller> authenticateToken(String token);

    /** Revokes a token (logout); unknown tokens are ignored. */
    void revokeToken(String token);

    /**
     * Whether the user's password was set by someone else (an administrator, or the platform at the first start)
     * and must be changed by the user before any other call is answered.
     */
    boolean passwordChangeRequired(String username);

    /**
     * Changes the caller's own password. A wrong old password counts as a failed login.
     *
     * @throws ServiceException {@code VALIDATION_FAILED} (400) with field {@code oldPassword} {@code WRONG_PASSWORD}, or
     *                          field {@code newPassword} {@code PASSWORD_TOO_SHORT}, {@code PASSWORD_TOO_WEAK},
     *                          {@code PASSWORD_CONTAINS_USERNAME}, {@code PASSWORD_UNCHANGED}
     */
    void changePassword(Caller caller, String oldPassword, String newPassword);
}
