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

import org.silverbranch.orglife.assessment.SecretaryGrade;

/** A branch secretary's assessment of a year, with the monthly subsidy its grade gave when assessed. */
@Entity
@Table(name = "ol_secretary_assessment")
public class SecretaryAssessmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "organization_name")
    private String organizationName;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "member_name")
    private String memberName;
    @Column(name = "assessment_year")
    private int assessmentYear;
    @Enumerated(EnumType.STRING)
    private SecretaryGrade grade;
    private String comments;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    @Column(name = "monthly_subsidy_fen")
    private long monthlySubsidyFen;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public String getOrganizationName() { return organizationName; }
    public void setOrganizationName(String organizationName) { this.organizationName = organizationName; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public long getMemberId() { return memberId; }
    public void setMemberId(long memberId) { this.memberId = memberId; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public int getAssessmentYear() { return assessmentYear; }
    public void setAssessmentYear(int assessmentYear) { this.assessmentYear = assessmentYear; }
    public SecretaryGrade getGrade() { return grade; }
    public void setGrade(SecretaryGrade grade) { this.grade = grade; }
    public String getComments() { return comments; }
    public void setComments(String comments) { this.comments = comments; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public long getMonthlySubsidyFen() { return monthlySubsidyFen; }
    public void setMonthlySubsidyFen(long monthlySubsidyFen) { this.monthlySubsidyFen = monthlySubsidyFen; }
    public String getAssessedBy() { return assessedBy; }
    public void setAssessedBy(String assessedBy) { this.assessedBy = assessedBy; }
    public Instant getAssessedAt() { return assessedAt; }
    public void setAssessedAt(Instant assessedAt) { this.assessedAt = assessedAt; }
}
