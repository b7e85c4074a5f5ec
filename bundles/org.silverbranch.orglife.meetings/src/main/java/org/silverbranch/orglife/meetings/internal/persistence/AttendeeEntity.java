package org.silverbranch.orglife.meetings.internal.persistence;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.MeetingStatus;

/** One member on a meeting's roll; the name is the core's when recorded. */
@Entity
@Table(name = "ol_meeting_attendee")
public class AttendeeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private MeetingEntity meeting;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "member_name")
    private String memberName;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    private String reason;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "branch_id")
    private long branchId;
    @Column(name = "participation_date")
    private LocalDate participationDate;

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public MeetingEntity getMeeting() { return meeting; }
    public void setMeeting(MeetingEntity meeting) { this.meeting = meeting; }
    public long getMemberId() { return memberId; }
    public void setMemberId(long memberId) { this.memberId = memberId; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public AttendanceStatus getStatus() { return status; }
    public void setStatus(AttendanceStatus status) { this.status = status; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getStreetCode() { return streetCode; }
    public long getBranchId() { return branchId; }
    public LocalDate getParticipationDate() { return participationDate; }

    /**
     * Copies what the participation queries filter on from the meeting: its street and branch, and its date when
     * the member took part in it as held (null otherwise). Called whenever the meeting or this row changes.
     */
    public void copyFromMeeting() {
        streetCode = meeting.getStreetCode();
        branchId = meeting.getBranchId();
        participationDate = meeting.getStatus() == MeetingStatus.HELD && status != null && status.participated()
                ? meeting.getDate() : null;
    }
}
