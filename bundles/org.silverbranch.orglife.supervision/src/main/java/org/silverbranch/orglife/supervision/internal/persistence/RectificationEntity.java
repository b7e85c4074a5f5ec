package org.silverbranch.orglife.supervision.internal.persistence;

import java.time.Instant;
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

import org.silverbranch.orglife.supervision.RectificationStatus;

/**
 * A rectification task, one finding of an inspection. Street, branch and inspection date are copied from the
 * inspection so that street and district lists filter on this table alone.
 */
@Entity
@Table(name = "ol_rectification")
public class RectificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id")
    private InspectionEntity inspection;
    @Column(name = "finding_no")
    private int findingNo;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    private String description;
    private LocalDate deadline;
    @Column(name = "owner_member_id")
    private Long ownerMemberId;
    @Column(name = "owner_name")
    private String ownerName;
    @Enumerated(EnumType.STRING)
    private RectificationStatus status;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "completion_note")
    private String completionNote;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public InspectionEntity getInspection() { return inspection; }
    public void setInspection(InspectionEntity inspection) { this.inspection = inspection; }
    public int getFindingNo() { return findingNo; }
    public void setFindingNo(int findingNo) { this.findingNo = findingNo; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Long getOwnerMemberId() { return ownerMemberId; }
    public void setOwnerMemberId(Long ownerMemberId) { this.ownerMemberId = ownerMemberId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public RectificationStatus getStatus() { return status; }
    public void setStatus(RectificationStatus status) { this.status = status; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public String getCompletionNote() { return completionNote; }
    public void setCompletionNote(String completionNote) { this.completionNote = completionNote; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
