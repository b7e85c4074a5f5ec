package org.silverbranch.core.api.model;

import java.time.Instant;

/** A bearer token for the web console; only its hash is stored. */
public record IssuedToken(String token, String tokenType, Instant expiresAt, String username) {
}
