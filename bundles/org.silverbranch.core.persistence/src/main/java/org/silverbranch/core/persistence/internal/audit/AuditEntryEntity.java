package org.silverbranch.core.persistence.internal.audit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.silverbranch.core.api.Role;

/** One audit log entry; written once, never changed (no setters). */
@Entity
@Table(name = "sb_audit_entry")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String username;
    @Enumerated(EnumType.STRING)
    @Column(name = "user_role")
    private Role role;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "street_code")
    private String streetCode;
    private String changes;

    protected AuditEntryEntity() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    AuditEntryEntity(Instant recordedAt, String username, Role role, String action, String entityType,
                     String entityId, String streetCode, String changes) {
        this.recordedAt = recordedAt;
        this.username = username;
        this.role = role;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.streetCode = streetCode;
        this.changes = changes;
    }

    public Long getId() { return id; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getUsername() { return username; }
    public Role getRole() { return role; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getStreetCode() { return streetCode; }
    public String getChanges() { return changes; }
}
