package org.silverbranch.core.persistence.internal.auth;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.UserAccount;

/** A user of the platform with a role and its scope; the password only as a slow salted hash. */
@Entity
@Table(name = "sb_user_account")
public class UserAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "user_role")
    private Role role;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "branch_id")
    private Long branchId;
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;
    private boolean enabled;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccountEntity() {
    }

    public UserAccountEntity(String username, String passwordHash, Role role, String streetCode, Long branchId,
                             boolean passwordChangeRequired) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.streetCode = streetCode;
        this.branchId = branchId;
        this.passwordChangeRequired = passwordChangeRequired;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Caller toCaller() {
        return new Caller(username, role, streetCode, branchId);
    }

    /** Sets a new password hash: whether its user must change it (set by someone else) or chose it. */
    public void setPassword(String passwordHash, boolean changeRequired, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
        this.passwordChangedAt = now;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    public void setScope(Role role, String streetCode, Long branchId) {
        this.role = role;
        this.streetCode = streetCode;
        this.branchId = branchId;
        this.updatedAt = Instant.now();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.updatedAt = Instant.now();
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updatedAt = Instant.now();
    }

    public UserAccount toDto() {
        return new UserAccount(username, version, role, streetCode, branchId, enabled, passwordChangeRequired,
                failedLogins, lockedUntil, lastLoginAt, createdAt, updatedAt);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public String getStreetCode() { return streetCode; }
    public Long getBranchId() { return branchId; }
    public boolean isEnabled() { return enabled; }
    public boolean isPasswordChangeRequired() { return passwordChangeRequired; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
}
