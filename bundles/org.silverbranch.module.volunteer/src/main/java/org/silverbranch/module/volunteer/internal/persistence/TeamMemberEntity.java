package org.silverbranch.module.volunteer.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

/** A volunteer on a team's roster. */
@Entity
@Table(name = "vol_team_member")
public class TeamMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private TeamEntity team;
    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private VolunteerEntity volunteer;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected TeamMemberEntity() {
    }

    public TeamMemberEntity(TeamEntity team, VolunteerEntity volunteer, Instant joinedAt) {
        this.team = team;
        this.volunteer = volunteer;
        this.joinedAt = joinedAt;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TeamEntity getTeam() { return team; }
    public VolunteerEntity getVolunteer() { return volunteer; }
    public Instant getJoinedAt() { return joinedAt; }
}
