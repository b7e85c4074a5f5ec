package org.silverbranch.core.persistence.internal.member;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.model.FamilyContact;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.validation.PhoneNumber;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.organization.BranchRules;
import org.silverbranch.core.persistence.internal.organization.OrganizationEntity;
import org.silverbranch.core.persistence.internal.security.Access;
import org.silverbranch.core.persistence.internal.street.CommunityEntity;

/** Checks a member request; collects every field problem before failing, so nothing is half-written. */
final class MemberValidator {

    static final int MAX_LIST_ITEMS = 15; // 15 x 50 characters fit the 1000-character column as JSON
    static final int MAX_ITEM_LENGTH = 50;
    static final int MAX_FAMILY = 10;
    /** Sizes of the JSON columns (V001): lists 1000, family 2000 characters. */
    static final int LIST_COLUMN = 1000;
    static final int FAMILY_COLUMN = 2000;

    private final EntityManager em;
    private final LocalDate today = LocalDate.now();

    MemberValidator(EntityManager em) {
        this.em = em;
    }

    /** Problems of the member's own fields and references, for a member of the given street. */
    Problems check(Member m, String streetCode) {
        return check(m, streetCode, null);
    }

    /**
     * @param stored the member's stored status on update, null on create: a member transferred out may be sent back
     *               as read (with status TRANSFERRED_OUT); nobody else gets that status except through a transfer
     */
    Problems check(Member m, String streetCode, MemberStatus stored) {
        Problems p = new Problems();
        p.requireText("name", m.name(), 50);
        p.require("gender", m.gender());
        p.maxLength("ethnicity", m.ethnicity(), 20);
        if (p.require("birthDate", m.birthDate())) {
            notInFuture(p, "birthDate", m.birthDate());
        }
        checkIdNumber(p, m);
        if (m.phone() != null && !m.phone().isBlank() && !PhoneNumber.isValid(m.phone())) {
            p.add("phone", "INVALID_PHONE");
        }
        p.maxLength("address", m.address(), 200);
        checkCommunity(p, m.communityCode(), streetCode);
        p.require("category", m.category());
        p.require("membership", m.membership());
        checkLifeDates(p, m);
        p.maxLength("formerEmployer", m.formerEmployer(), 100);
        p.maxLength("formerPosition", m.formerPosition(), 100);
        p.maxLength("healthNotes", m.healthNotes(), 2000);
        checkPension(p, m.monthlyPensionFen());
        checkResidency(p, m.residency());
        p.maxLength("education", m.education(), 50);
        checkList(p, "specialties", m.specialties());
        checkList(p, "hobbies", m.hobbies());
        checkList(p, "serviceNeeds", m.serviceNeeds());
        checkFamily(p, m.family());
        if (m.status() == MemberStatus.TRANSFERRED_OUT && stored != MemberStatus.TRANSFERRED_OUT) {
            p.add("status", "STATUS_VIA_TRANSFER");
        }
        return p;
    }

    /**
     * The branch a member may belong to: an active branch or general branch of the same street. A branch of a
     * street the caller does not see is unknown to them, exactly like a missing one.
     */
    void checkBranch(Problems p, String field, Long branchId, String streetCode, Caller caller) {
        if (!p.require(field, branchId)) {
            return;
        }
        OrganizationEntity branch = em.find(OrganizationEntity.class, branchId);
        if (branch == null || !Access.seesStreet(caller, branch.getStreetCode())) {
            p.add(field, "UNKNOWN_BRANCH", branchId);
        } else if (!BranchRules.holdsMembers(branch.getType())) {
            p.add(field, "NOT_A_BRANCH", branchId);
        } else if (branch.getStatus() != OrganizationStatus.ACTIVE) {
            p.add(field, "BRANCH_NOT_ACTIVE", branchId);
        } else if (streetCode != null && !branch.getStreetCode().equals(streetCode)) {
            p.add(field, "BRANCH_NOT_IN_STREET", branchId, streetCode);
        }
    }

    private void checkIdNumber(Problems p, Member m) {
        if (!p.require("idNumber", m.idNumber())) {
            return;
        }
        if (!ResidentIdNumber.isValid(m.idNumber())) {
            p.add("idNumber", "INVALID_ID_NUMBER");
        } else if (m.birthDate() != null
                && !ResidentIdNumber.birthDate(m.idNumber()).orElseThrow().equals(m.birthDate())) {
            p.add("idNumber", "ID_NUMBER_BIRTH_DATE_MISMATCH");
        }
    }

    private void checkCommunity(Problems p, String code, String streetCode) {
        if (!p.require("communityCode", code)) {
            return;
        }
        CommunityEntity community = code.length() > 12 ? null : em.find(CommunityEntity.class, code);
        if (community == null) {
            p.add("communityCode", "UNKNOWN_COMMUNITY", code);
        } else if (!community.getStreetCode().equals(streetCode)) {
            p.add("communityCode", "COMMUNITY_NOT_IN_STREET", code, streetCode);
        }
    }

    private void checkLifeDates(Problems p, Member m) {
        for (var date : List.of(new Dated("joinedPartyOn", m.joinedPartyOn()), new Dated("retiredOn", m.retiredOn()))) {
            if (date.value() == null) {
                continue;
            }
            notInFuture(p, date.field(), date.value());
            if (m.birthDate() != null && date.value().isBefore(m.birthDate())) {
                p.add(date.field(), "DATE_BEFORE", "birthDate");
            }
        }
    }

    /** At most 1,000,000 yuan a month: a larger figure is a typing error (fen entered as yuan times 100, say). */
    private static void checkPension(Problems p, Long pensionFen) {
        if (pensionFen != null && (pensionFen < 0 || pensionFen > 100_000_000L)) {
            p.add("monthlyPensionFen", "PENSION_OUT_OF_RANGE");
        }
    }

    private void checkResidency(Problems p, Residency r) {
        if (r == null) {
            return;
        }
        if (!p.require("residency.status", r.status()) || r.status() == ResidencyStatus.RESIDENT) {
            return;
        }
        p.requireText("residency.place", r.place(), 100);
        if (r.since() != null) {
            notInFuture(p, "residency.since", r.since());
            if (r.expectedReturn() != null && r.expectedReturn().isBefore(r.since())) {
                p.add("residency.expectedReturn", "DATE_BEFORE", "residency.since");
            }
        }
    }

    private static void checkList(Problems p, String field, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_LIST_ITEMS) {
            p.add(field, "TOO_MANY_ITEMS", MAX_LIST_ITEMS);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            p.requireText(field + "[" + i + "]", values.get(i), MAX_ITEM_LENGTH);
        }
        if (tooLongAsJson(values, LIST_COLUMN)) {
            p.add(field, "TOO_LONG", LIST_COLUMN);
        }
    }

    /** Whether the JSON the column would hold (escaping included) exceeds it. */
    private static boolean tooLongAsJson(List<?> values, int column) {
        String json = LedgerJson.write(values.stream().filter(java.util.Objects::nonNull).toList());
        return json != null && json.length() > column;
    }

    private static void checkFamily(Problems p, List<FamilyContact> family) {
        if (family == null) {
            return;
        }
        if (family.size() > MAX_FAMILY) {
            p.add("family", "TOO_MANY_ITEMS", MAX_FAMILY);
            return;
        }
        for (int i = 0; i < family.size(); i++) {
            FamilyContact c = family.get(i);
            String at = "family[" + i + "]";
            if (c == null) {
                p.add(at, "REQUIRED");
                continue;
            }
            p.requireText(at + ".relation", c.relation(), 20);
            p.requireText(at + ".name", c.name(), 50);
            if (p.require(at + ".phone", c.phone()) && !PhoneNumber.isValid(c.phone())) {
                p.add(at + ".phone", "INVALID_PHONE");
            }
        }
        if (tooLongAsJson(family, FAMILY_COLUMN)) {
            p.add("family", "TOO_LONG", FAMILY_COLUMN);
        }
    }

    private void notInFuture(Problems p, String field, LocalDate date) {
        if (date.isAfter(today)) {
            p.add(field, "DATE_IN_FUTURE");
        }
    }

    private record Dated(String field, LocalDate value) {
    }
}
