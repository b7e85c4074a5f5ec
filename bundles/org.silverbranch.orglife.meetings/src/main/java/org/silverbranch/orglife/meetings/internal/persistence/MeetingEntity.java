package org.silverbranch.orglife.meetings.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;

/** A meeting. Organization, branch, street and members are core ids and codes, not relationships. */
@Entity
@Table(name = "ol_meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "branch_id")
    private long branchId;
    @Column(name = "street_code")
    private String streetCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type")
    private MeetingType type;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    @Column(name = "meeting_date")
    private LocalDate date;
    private String place;
    private String topic;
    @Column(name = "host_member_id")
    private Long hostMemberId;
    @Column(name = "host_name")
    private String hostName;
    private String minutes;
    @Column(name = "expected_attendees")
    private int expectedAttendees;
    @Column(name = "present_count")
    private int presentCount;
    @Column(name = "remote_count")
    private int remoteCount;
    @Column(name = "absent_count")
    private int absentCount;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("memberId")
    private List<AttendeeEntity> attendees = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ResolutionEntity> resolutions = new ArrayList<>();
    @OneToMany(mappedBy = "meeting")
    @OrderBy("id")
    private List<AttachmentEntity> attachments = new ArrayList<>();

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public long getBranchId() { return branchId; }
    public void setBranchId(long branchId) { this.branchId = branchId; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public MeetingType getType() { return type; }
    public void setType(MeetingType type) { this.type = type; }
    public MeetingStatus getStatus() { return status; }
    public void setStatus(MeetingStatus status) { this.status = status; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Long getHostMemberId() { return hostMemberId; }
    public void setHostMemberId(Long hostMemberId) { this.hostMemberId = hostMemberId; }
    public String getHostName() { return hostName; }
    public void setHostName(String hostName) { this.hostName = hostName; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public int getExpectedAttendees() { return expectedAttendees; }
    public void setExpectedAttendees(int expectedAttendees) { this.expectedAttendees = expectedAttendees; }
    public int getPresentCount() { return presentCount; }
    public void setPresentCount(int presentCount) { this.presentCount = presentCount; }
    public int getRemoteCount() { return remoteCount; }
    public void setRemoteCount(int remoteCount) { this.remoteCount = remoteCount; }
    public int getAbsentCount() { return absentCount; }
    public void setAbsentCount(int absentCount) { this.absentCount = absentCount; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public List<AttendeeEntity> getAttendees() { return attendees; }
    public List<ResolutionEntity> getResolutions() { return resolutions; }
    public List<AttachmentEntity> getAttachments() { return attachments; }
}
