package org.silverbranch.core.persistence.internal.street;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A community (社区), keyed by its 12-digit division code. */
@Entity
@Table(name = "sb_community")
public class CommunityEntity {

    @Id
    private String code;
    private String name;
    @Column(name = "street_code")
    private String streetCode;
    @Version
    @Column(name = "version")
    private long version;

    protected CommunityEntity() {
    }

    public CommunityEntity(String code, String name, String streetCode) {
        this.code = code;
        this.name = name;
        this.streetCode = streetCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getStreetCode() {
        return streetCode;
    }
}
