package org.silverbranch.core.persistence.internal.street;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.core.api.model.StreetKind;

/** A street office or town, keyed by its 9-digit division code. */
@Entity
@Table(name = "sb_street")
public class StreetEntity {

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private StreetKind kind;
    @Version
    @Column(name = "version")
    private long version;

    protected StreetEntity() {
    }

    public StreetEntity(String code, String name, StreetKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public StreetKind getKind() {
        return kind;
    }
}
