package org.silverbranch.orglife.meetings.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

/** A decision of a meeting with its recorded vote. */
@Entity
@Table(name = "ol_meeting_resolution")
public class ResolutionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private MeetingEntity meeting;
    private int position;
    private String title;
    @Column(name = "votes_for")
    private int votesFor;
    @Column(name = "votes_against")
    private int votesAgainst;
    private int abstentions;

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public MeetingEntity getMeeting() { return meeting; }
    public void setMeeting(MeetingEntity meeting) { this.meeting = meeting; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getVotesFor() { return votesFor; }
    public void setVotesFor(int votesFor) { this.votesFor = votesFor; }
    public int getVotesAgainst() { return votesAgainst; }
    public void setVotesAgainst(int votesAgainst) { this.votesAgainst = votesAgainst; }
    public int getAbstentions() { return abstentions; }
    public void setAbstentions(int abstentions) { this.abstentions = abstentions; }
}
