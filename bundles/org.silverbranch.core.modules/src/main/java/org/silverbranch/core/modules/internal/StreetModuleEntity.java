package org.silverbranch.core.modules.internal;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A module enabled for a street; a row that exists is an enablement. */
@Entity
@Table(name = "sb_street_module")
@IdClass(StreetModuleEntity.Key.class)
public class StreetModuleEntity {

    /** Composite key (street code, module id). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String streetCode;
        public String moduleId;

        public Key() {
        }

        public Key(String streetCode, String moduleId) {
            this.streetCode = streetCode;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.streetCode.equals(streetCode) && k.moduleId.equals(moduleId);
        }

        @Override
        public int hashCode() {
            return streetCode.hashCode() * 31 + moduleId.hashCode();
        }
    }

    @Id
    @Column(name = "street_code")
    private String streetCode;
    @Id
    @Column(name = "module_id")
    private String moduleId;
    // a Timestamp, not an Instant: JPA 2.2 does not map Instant and this unit has no converter of its own
    @Column(name = "enabled_at")
    private Timestamp enabledAt;
    @Column(name = "enabled_by")
    private String enabledBy;

    protected StreetModuleEntity() {
    }

    public StreetModuleEntity(String streetCode, String moduleId, Instant enabledAt, String enabledBy) {
        this.streetCode = streetCode;
        this.moduleId = moduleId;
        this.enabledAt = Timestamp.from(enabledAt);
        this.enabledBy = enabledBy;
    }

    public String getStreetCode() { return streetCode; }
    public String getModuleId() { return moduleId; }
    public Instant getEnabledAt() { return enabledAt.toInstant(); }
    public String getEnabledBy() { return enabledBy; }
}
