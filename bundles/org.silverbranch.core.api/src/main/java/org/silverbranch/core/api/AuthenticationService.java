package org.silverbranch.core.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.IssuedToken;

/** Checks credentials of users stored in the database; passwords are kept only as slow salted hashes. */
@ProviderType
public interface AuthenticationService {

    /** The caller for a correct username and password, empty otherwise (never says which was wrong). */
    Optional<Caller> authenticate(String username, String password);

    /** @throws ServiceException {@code INVALID_CREDENTIALS} (401) */
    IssuedToken issueToken(String username, String password);

    /** The caller for a valid, unexpired, unrevoked token. */
    Optional<Caller> authenticateToken(String token);

    /** Revokes a token (logout); unknown tokens are ignored. */
    void revokeToken(String token);
}
