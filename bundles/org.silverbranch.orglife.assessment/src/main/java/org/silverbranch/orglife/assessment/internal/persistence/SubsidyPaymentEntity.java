package org.silverbranch.orglife.assessment.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One month of a secretary's subsidy paid, under the assessment that made it due. */
@Entity
@Table(name = "ol_subsidy_payment")
public class SubsidyPaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "assessment_id")
    private long assessmentId;
    @Column(name = "subsidy_year")
    private int subsidyYear;
    @Column(name = "subsidy_month")
    private int subsidyMonth;
    @Column(name = "amount_fen")
    private long amountFen;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public void setMemberId(long memberId) { this.memberId = memberId; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public long getAssessmentId() { return assessmentId; }
    public void setAssessmentId(long assessmentId) { this.assessmentId = assessmentId; }
    public int getSubsidyYear() { return subsidyYear; }
    public void setSubsidyYear(int subsidyYear) { this.subsidyYear = subsidyYear; }
    public int getSubsidyMonth() { return subsidyMonth; }
    public void setSubsidyMonth(int subsidyMonth) { this.subsidyMonth = subsidyMonth; }
    public long getAmountFen() { return amountFen; }
    public void setAmountFen(long amountFen) { this.amountFen = amountFen; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public void setRecordedAt(Instant recordedAt) { this.recordedAt = recordedAt; }
}
