package org.silverbranch.core.persistence.internal.auth;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A bearer token, stored as its SHA-256 so a copy of the database cannot be used to log in. */
@Entity
@Table(name = "sb_auth_token")
public class AuthTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    private String username;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    private boolean revoked;

    protected AuthTokenEntity() {
    }

    public AuthTokenEntity(String tokenHash, String username, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }

    public String getUsername() { return username; }
    public void revoke() { this.revoked = true; }
}
