package org.silverbranch.orglife.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;

/**
 * The shared {@link org.silverbranch.core.testing.FakeCore} with two streets, served through {@link Fakes} so that
 * only the reads this bundle makes answer: {@code MemberService.facts} (counted in {@link #factsReads}),
 * {@code OrganizationService.list/get} and {@code StreetService.list/get}. The member services' search is not
 * offered: a bulk read that pages through it fails.
 */
public final class FakeCore extends org.silverbranch.core.testing.FakeCore {

    public static final String STREET = "230109002";
    public static final String OTHER_STREET = "230109005";

    public static final Caller DISTRICT_ADMIN = new Caller("district", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("street", Role.STREET_ADMIN, STREET, null);
    public static final Caller VIEWER = new Caller("viewer", Role.VIEWER, STREET, null);
    public static final Caller OTHER_STREET_ADMIN = new Caller("other", Role.STREET_ADMIN, OTHER_STREET, null);

    public int factsReads;

    public FakeCore() {
        super(0);
        street(new Street(STREET, "太阳岛街道", StreetKind.SUBDISTRICT, 8));
        street(new Street(OTHER_STREET, "松北街道", StreetKind.SUBDISTRICT, 20));
    }

    public static Caller secretaryOf(long branchId) {
        return new Caller("secretary" + branchId, Role.BRANCH_SECRETARY, STREET, branchId);
    }

    public long branch(String street, String name) {
        return organization(street, name, OrganizationType.BRANCH);
    }

    public long organization(String street, String name, OrganizationType type) {
        long id = nextId();
        replace(new Organization(id, 0L, name, type, true, street, street + "004", null, LocalDate.of(2015, 7, 1),
                OrganizationStatus.ACTIVE, 0, 0, List.of()));
        return id;
    }

    public MemberFacts member(long branchId, String name, LocalDate joined, ResidencyStatus residency) {
        return member(branchId, name, joined, residency, MemberStatus.ACTIVE);
    }

    public MemberFacts member(long branchId, String name, LocalDate joined, ResidencyStatus residency,
                              MemberStatus status) {
        LocalDate expectedReturn = residency == ResidencyStatus.RESIDENT ? null : LocalDate.of(2027, 4, 10);
        return facts(newMember(name, branchId).joinedPartyOn(joined).status(status)
                .residency(new Residency(residency, null, null, expectedReturn)).monthlyPensionFen(400_000L).add());
    }

    /** The facts of every member held, in id order. */
    public List<MemberFacts> memberFacts() {
        return memberRecords().stream().map(org.silverbranch.core.testing.FakeCore::facts).toList();
    }

    public MemberService memberService() {
        return Fakes.of(MemberService.class, new Object() {
            public List<MemberFacts> facts(Caller caller, String streetCode) {
                factsReads++;
                return members.facts(caller, streetCode);
            }
        });
    }

    public OrganizationService organizationService() {
        return Fakes.of(OrganizationService.class, new Object() {
            public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
                return organizations.list(caller, streetCode, type, retiree);
            }

            public Organization get(Caller caller, long id) {
                return organizations.get(caller, id);
            }
        });
    }

    public StreetService streetService() {
        return Fakes.of(StreetService.class, new Object() {
            public List<Street> list(Caller caller) {
                return streets.list(caller);
            }

            public Street get(Caller caller, String code) {
                return streets.get(caller, code);
            }
        });
    }
}
