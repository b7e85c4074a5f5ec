package org.silverbranch.core.persistence.internal.member;

import java.time.Instant;

import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.validation.ResidentIdNumber;

/** Member entity to DTO and back; a validated request only. */
public final class MemberMapper {

    private MemberMapper() {
    }

    public static Member toDto(MemberEntity e) {
        return new Member(e.getId(), e.getVersion(), e.getName(), e.getGender(), e.getEthnicity(), e.getBirthDate(),
                e.getIdNumber(), e.getPhone(), e.getAddress(), e.getStreetCode(), e.getCommunityCode(), e.getBranchId(),
                e.getCategory(), e.getMembership(), e.getJoinedPartyOn(), e.getFormerEmployer(), e.getFormerPosition(),
                e.getRetiredOn(), e.getHealthNotes(),
                new Residency(e.getResidencyStatus(), e.getResidencyPlace(), e.getResidencySince(),
                        e.getResidencyReturn()),
                e.getEducation(), LedgerJson.strings(e.getSpecialties()), LedgerJson.strings(e.getHobbies()),
                LedgerJson.strings(e.getServiceNeeds()), LedgerJson.family(e.getFamily()), e.getStatus(), e.isDemo());
    }

    /** Copies the editable fields of a validated request; status, street and branch are set by the caller. */
    public static void apply(MemberEntity e, Member m) {
        e.setName(m.name().strip());
        e.setGender(m.gender());
        e.setEthnicity(blankToNull(m.ethnicity()));
        e.setBirthDate(m.birthDate());
        e.setIdNumber(ResidentIdNumber.normalize(m.idNumber()));
        e.setPhone(blankToNull(m.phone()));
        e.setAddress(blankToNull(m.address()));
        e.setCommunityCode(m.communityCode());
        e.setCategory(m.category());
        e.setMembership(m.membership());
        e.setJoinedPartyOn(m.joinedPartyOn());
        e.setFormerEmployer(blankToNull(m.formerEmployer()));
        e.setFormerPosition(blankToNull(m.formerPosition()));
        e.setRetiredOn(m.retiredOn());
        e.setHealthNotes(blankToNull(m.healthNotes()));
        Residency r = m.residency() == null ? Residency.resident() : m.residency();
        boolean away = r.status() != ResidencyStatus.RESIDENT;
        e.setResidencyStatus(r.status());
        e.setResidencyPlace(away ? blankToNull(r.place()) : null);
        e.setResidencySince(away ? r.since() : null);
        e.setResidencyReturn(away ? r.expectedReturn() : null);
        e.setEducation(blankToNull(m.education()));
        e.setSpecialties(LedgerJson.write(m.specialties()));
        e.setHobbies(LedgerJson.write(m.hobbies()));
        e.setServiceNeeds(LedgerJson.write(m.serviceNeeds()));
        e.setFamily(LedgerJson.write(m.family()));
        e.setUpdatedAt(Instant.now());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
