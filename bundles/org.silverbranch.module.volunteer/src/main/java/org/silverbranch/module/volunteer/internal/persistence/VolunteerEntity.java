package org.silverbranch.module.volunteer.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A core member who is on a team's roster or was: the name as the core had it when last seen (so lists and exports
 * need no call to the core per row), and the row a sign-up locks first so one volunteer's sign-ups run one at a
 * time.
 */
@Entity
@Table(name = "vol_volunteer")
public class VolunteerEntity {

    @Id
    @Column(name = "member_id")
    private Long memberId;
    @Version
    private long version;
    @Column(name = "member_name")
    private String memberName;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected VolunteerEntity() {
    }

    public VolunteerEntity(long memberId, String memberName, Instant now) {
        this.memberId = memberId;
        this.memberName = memberName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long getMemberId() { return memberId; }
    public long getVersion() { return version; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
