package org.silverbranch.core.persistence.internal.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.silverbranch.core.api.model.FamilyContact;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.persistence.internal.security.Masks;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;

/**
 * Member entity to DTO and back; a validated request only. DTOs leave masked: ID number, phone numbers (the
 * member's and the family's), health notes and the place of an away member show their masked form unless the
 * field is named in {@code unmask}.
 */
public final class MemberMapper {

    private MemberMapper() {
    }

    /** The member with every sensitive field masked. */
    public static Member toDto(MemberEntity e) {
        return toDto(e, Set.of(), null);
    }

    /**
     * The member with the named sensitive fields in full.
     *
     * @param protection needed when {@code unmask} contains the ID number
     */
    public static Member toDto(MemberEntity e, Set<SensitiveField> unmask, PersonalDataProtection protection) {
        boolean phone = unmask.contains(SensitiveField.PHONE);
        String idNumber = unmask.contains(SensitiveField.ID_NUMBER)
                ? protection.revealIdNumber(e.getIdNumberEncrypted()) : e.getIdNumberMasked();
        String place = unmask.contains(SensitiveField.RESIDENCY_PLACE)
                ? e.getResidencyPlace() : Masks.place(e.getResidencyPlace());
        List<FamilyContact> family = LedgerJson.family(e.getFamily());
        if (!phone) {
            family = family.stream().map(c -> new FamilyContact(c.relation(), c.name(), Masks.phone(c.phone()))).toList();
        }
        return new Member(e.getId(), e.getVersion(), e.getName(), e.getGender(), e.getEthnicity(), e.getBirthDate(),
                idNumber, phone ? e.getPhone() : Masks.phone(e.getPhone()), e.getAddress(), e.getStreetCode(),
                e.getCommunityCode(), e.getBranchId(), e.getCategory(), e.getMembership(), e.getJoinedPartyOn(),
                e.getFormerEmployer(), e.getFormerPosition(), e.getRetiredOn(),
                unmask.contains(SensitiveField.HEALTH_NOTES) ? e.getHealthNotes() : Masks.healthNotes(e.getHealthNotes()),
                new Residency(e.getResidencyStatus(), place, e.getResidencySince(), e.getResidencyReturn()),
                e.getEducation(), LedgerJson.strings(e.getSpecialties()), LedgerJson.strings(e.getHobbies()),
                LedgerJson.strings(e.getServiceNeeds()), family, e.getStatus(), e.isDemo(), e.getMonthlyPensionFen());
    }

    /** Every field in full: for comparing before and after a change, never for an answer. */
    static Member full(MemberEntity e, PersonalDataProtection protection) {
        return toDto(e, Set.of(SensitiveField.values()), protection);
    }

    /**
     * A request that sends back the masked values it was given means "unchanged": each masked sensitive value
     * that equals the mask of the stored one is replaced by the stored value, so an edit by a caller who never saw
     * the full values keeps them.
     */
    static Member restoreMasked(Member in, Member stored) {
        String idNumber = keep(in.idNumber(), stored.idNumber(), Masks.idNumber(stored.idNumber()));
        String phone = keep(in.phone(), stored.phone(), Masks.phone(stored.phone()));
        String health = keep(in.healthNotes(), stored.healthNotes(), Masks.healthNotes(stored.healthNotes()));
        Residency residency = in.residency();
        if (residency != null && stored.residency() != null) {
            String storedPlace = stored.residency().place();
            residency = new Residency(residency.status(), keep(residency.place(), storedPlace, Masks.place(storedPlace)),
                    residency.since(), residency.expectedReturn());
        }
        List<FamilyContact> family = in.family();
        if (family != null && stored.family() != null) {
            List<FamilyContact> restored = new ArrayList<>();
            for (int i = 0; i < family.size(); i++) {
                FamilyContact c = family.get(i);
                restored.add(c == null ? null : new FamilyContact(c.relation(), c.name(),
                        storedPhone(c.phone(), i, stored.family())));
            }
            family = restored;
        }
        return new Member(in.id(), in.version(), in.name(), in.gender(), in.ethnicity(), in.birthDate(), idNumber,
                phone, in.address(), in.streetCode(), in.communityCode(), in.branchId(), in.category(),
                in.membership(), in.joinedPartyOn(), in.formerEmployer(), in.formerPosition(), in.retiredOn(), health,
                residency, in.education(), in.specialties(), in.hobbies(), in.serviceNeeds(), family, in.status(),
                in.demo(), in.monthlyPensionFen());
    }

    private static String keep(String given, String stored, String storedMasked) {
        return given != null && Masks.isMasked(given) && given.equals(storedMasked) ? stored : given;
    }

    /** A family phone sent back masked: the stored phone it masks, the one at the same position first. */
    private static String storedPhone(String given, int index, List<FamilyContact> stored) {
        if (given == null || !Masks.isMasked(given)) {
            return given;
        }
        if (index < stored.size() && given.equals(Masks.phone(stored.get(index).phone()))) {
            return stored.get(index).phone();
        }
        return stored.stream().map(FamilyContact::phone).filter(p -> given.equals(Masks.phone(p))).findFirst()
                .orElse(given);
    }

    /** Copies the editable fields of a validated request; status, street and branch are set by the caller. */
    public static void apply(MemberEntity e, Member m, PersonalDataProtection protection) {
        e.setName(m.name().strip());
        e.setGender(m.gender());
        e.setEthnicity(blankToNull(m.ethnicity()));
        e.setBirthDate(m.birthDate());
        e.setIdNumber(protection.protectIdNumber(m.idNumber()));
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
        e.setMonthlyPensionFen(m.monthlyPensionFen());
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
