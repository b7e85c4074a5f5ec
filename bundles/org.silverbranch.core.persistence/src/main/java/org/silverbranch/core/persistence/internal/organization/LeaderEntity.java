package org.silverbranch.core.persistence.internal.organization;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.core.api.model.LeaderRole;

/** One term of a member in a leadership position of an organization. */
@Entity
@Table(name = "sb_leader")
public class LeaderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "member_id")
    private long memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "leader_role")
    private LeaderRole role;
    @Column(name = "term_start")
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    @Column(name = "created_at")
    private Instant createdAt;

    protected LeaderEntity() {
    }

    public LeaderEntity(long organizationId, long memberId, LeaderRole role, LocalDate termStart, LocalDate termEnd) {
        this.organizationId = organizationId;
        this.memberId = memberId;
        this.role = role;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.createdAt = Instant.now();
    }

    /** Whether the term runs on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getOrganizationId() { return organizationId; }
    public long getMemberId() { return memberId; }
    public LeaderRole getRole() { return role; }
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
}
