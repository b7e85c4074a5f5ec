package org.silverbranch.core.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A Party member, mostly a retired cadre. In requests {@code id}, {@code streetCode}, {@code status} (on create),
 * and {@code demo} are ignored; {@code version} is required on update.
 *
 * @param idNumber     resident ID number (GB 11643-1999), sensitive
 * @param communityCode the community the member lives in (12-digit code)
 * @param branchId     the branch (organization of type BRANCH) the member belongs to
 * @param healthNotes  sensitive health information
 * @param education    学习台账: education
 * @param specialties  学习台账: specialties, e.g. 书法
 * @param hobbies      学习台账: hobbies, e.g. 太极拳
 * @param serviceNeeds 学习台账: services the member needs, e.g. 送学上门
 * @param demo         synthetic demo data, not a real person
 * @param monthlyPensionFen the monthly pension the member declared, in fen (1 yuan = 100 fen); the base of the
 *                     monthly Party dues; null when not declared
 */
public record Member(
        Long id,
        Long version,
        String name,
        Gender gender,
        String ethnicity,
        LocalDate birthDate,
        String idNumber,
        String phone,
        String address,
        String streetCode,
        String communityCode,
        Long branchId,
        CadreCategory category,
        Membership membership,
        LocalDate joinedPartyOn,
        String formerEmployer,
        String formerPosition,
        LocalDate retiredOn,
        String healthNotes,
        Residency residency,
        String education,
        List<String> specialties,
        List<String> hobbies,
        List<String> serviceNeeds,
        List<FamilyContact> family,
        MemberStatus status,
        Boolean demo,
        Long monthlyPensionFen) {
}
