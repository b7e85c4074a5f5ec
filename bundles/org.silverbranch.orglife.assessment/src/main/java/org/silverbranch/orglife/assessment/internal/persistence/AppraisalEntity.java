package org.silverbranch.orglife.assessment.internal.persistence;

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

import org.silverbranch.orglife.assessment.AppraisalResult;

/** A member's appraisal of a year; member, branch and street are core ids and codes, not relationships. */
@Entity
@Table(name = "ol_appraisal")
public class AppraisalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "member_name")
    private String memberName;
    @Column(name = "appraisal_year")
    private int appraisalYear;
    @Enumerated(EnumType.STRING)
    private AppraisalResult result;
    @Column(name = "appraised_on")
    private LocalDate appraisedOn;
    private String note;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getMemberId() { return memberId; }
    public void setMemberId(long memberId) { this.memberId = memberId; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public int getAppraisalYear() { return appraisalYear; }
    public void setAppraisalYear(int appraisalYear) { this.appraisalYear = appraisalYear; }
    public AppraisalResult getResult() { return result; }
    public void setResult(AppraisalResult result) { this.result = result; }
    public LocalDate getAppraisedOn() { return appraisedOn; }
    public void setAppraisedOn(LocalDate appraisedOn) { this.appraisedOn = appraisedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public void setRecordedAt(Instant recordedAt) { this.recordedAt = recordedAt; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
