package org.silverbranch.core.persistence.internal.member;

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

import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.Gender;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;

/**
 * A Party member. The learning-ledger lists (specialties, hobbies, service needs, family) are kept as JSON text:
 * they are read and written whole with the member and never queried on their own.
 */
@Entity
@Table(name = "sb_member")
public class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String ethnicity;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    /** The masked form only (2301**********1234); the full number is encrypted in {@link #idNumberEncrypted}. */
    @Column(name = "id_number")
    private String idNumberMasked;
    @Column(name = "id_number_enc")
    private String idNumberEncrypted;
    @Column(name = "id_number_hash")
    private String idNumberHash;
    /** The lookup hash while the member is active, null otherwise: unique among active members only. */
    @Column(name = "active_id_hash")
    private String activeIdHash;
    private String phone;
    private String address;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "community_code")
    private String communityCode;
    @Column(name = "branch_id")
    private Long branchId;
    @Enumerated(EnumType.STRING)
    private CadreCategory category;
    @Enumerated(EnumType.STRING)
    private Membership membership;
    @Column(name = "joined_party_on")
    private LocalDate joinedPartyOn;
    @Column(name = "former_employer")
    private String formerEmployer;
    @Column(name = "former_position")
    private String formerPosition;
    @Column(name = "retired_on")
    private LocalDate retiredOn;
    @Column(name = "monthly_pension_fen")
    private Long monthlyPensionFen;

    @Column(name = "health_notes")
    private String healthNotes;
    @Enumerated(EnumType.STRING)
    @Column(name = "residency_status")
    private ResidencyStatus residencyStatus;
    @Column(name = "residency_place")
    private String residencyPlace;
    @Column(name = "residency_since")
    private LocalDate residencySince;
    @Column(name = "residency_return")
    private LocalDate residencyReturn;
    private String education;
    private String specialties;
    private String hobbies;
    @Column(name = "service_needs")
    private String serviceNeeds;
    private String family;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    private boolean demo;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Sets the status and keeps the uniqueness key of active ID numbers in step with it. */
    public void setStatus(MemberStatus status) {
        this.status = status;
        this.activeIdHash = status == MemberStatus.ACTIVE ? idNumberHash : null;
    }

    /** Stores an ID number protected: masked, encrypted and hashed (never in the clear). */
    public void setIdNumber(PersonalDataProtection.ProtectedIdNumber idNumber) {
        this.idNumberMasked = idNumber.masked();
        this.idNumberEncrypted = idNumber.encrypted();
        this.idNumberHash = idNumber.hash();
        this.activeIdHash = status == MemberStatus.ACTIVE ? idNumberHash : null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getIdNumberMasked() { return idNumberMasked; }
    public String getIdNumberEncrypted() { return idNumberEncrypted; }
    public String getIdNumberHash() { return idNumberHash; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public String getCommunityCode() { return communityCode; }
    public void setCommunityCode(String communityCode) { this.communityCode = communityCode; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public CadreCategory getCategory() { return category; }
    public void setCategory(CadreCategory category) { this.category = category; }
    public Membership getMembership() { return membership; }
    public void setMembership(Membership membership) { this.membership = membership; }
    public LocalDate getJoinedPartyOn() { return joinedPartyOn; }
    public void setJoinedPartyOn(LocalDate joinedPartyOn) { this.joinedPartyOn = joinedPartyOn; }
    public String getFormerEmployer() { return formerEmployer; }
    public void setFormerEmployer(String formerEmployer) { this.formerEmployer = formerEmployer; }
    public String getFormerPosition() { return formerPosition; }
    public void setFormerPosition(String formerPosition) { this.formerPosition = formerPosition; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public void setRetiredOn(LocalDate retiredOn) { this.retiredOn = retiredOn; }
    public Long getMonthlyPensionFen() { return monthlyPensionFen; }
    public void setMonthlyPensionFen(Long monthlyPensionFen) { this.monthlyPensionFen = monthlyPensionFen; }
    public String getHealthNotes() { return healthNotes; }
    public void setHealthNotes(String healthNotes) { this.healthNotes = healthNotes; }
    public ResidencyStatus getResidencyStatus() { return residencyStatus; }
    public void setResidencyStatus(ResidencyStatus residencyStatus) { this.residencyStatus = residencyStatus; }
    public String getResidencyPlace() { return residencyPlace; }
    public void setResidencyPlace(String residencyPlace) { this.residencyPlace = residencyPlace; }
    public LocalDate getResidencySince() { return residencySince; }
    public void setResidencySince(LocalDate residencySince) { this.residencySince = residencySince; }
    public LocalDate getResidencyReturn() { return residencyReturn; }
    public void setResidencyReturn(LocalDate residencyReturn) { this.residencyReturn = residencyReturn; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public String getSpecialties() { return specialties; }
    public void setSpecialties(String specialties) { this.specialties = specialties; }
    public String getHobbies() { return hobbies; }
    public void setHobbies(String hobbies) { this.hobbies = hobbies; }
    public String getServiceNeeds() { return serviceNeeds; }
    public void setServiceNeeds(String serviceNeeds) { this.serviceNeeds = serviceNeeds; }
    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public MemberStatus getStatus() { return status; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
