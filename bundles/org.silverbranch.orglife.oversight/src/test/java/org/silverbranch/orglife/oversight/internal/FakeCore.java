package org.silverbranch.orglife.oversight.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;

/**
 * The core's streets, organizations and members in memory, with the core's scope rule for reads (another street is
 * not found) and its bulk member read {@code MemberService.facts} (a street's members in id order; the district's
 * for district roles; a branch secretary's own branch; nothing for a specialist), counting those reads. The fake
 * has no member search: a bulk read that pages through it fails.
 */
public final class FakeCore {

    public static final String STREET = "230109002";
    public static final String OTHER_STREET = "230109005";

    public static final Caller DISTRICT_ADMIN = new Caller("district", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("street", Role.STREET_ADMIN, STREET, null);
    public static final Caller VIEWER = new Caller("viewer", Role.VIEWER, STREET, null);
    public static final Caller OTHER_STREET_ADMIN = new Caller("other", Role.STREET_ADMIN, OTHER_STREET, null);

    public final Map<String, Street> streets = new LinkedHashMap<>();
    public final Map<Long, Organization> organizations = new LinkedHashMap<>();
    public final Map<Long, MemberFacts> members = new LinkedHashMap<>();
    public int factsReads;
    private long nextId = 1;

    public FakeCore() {
        streets.put(STREET, new Street(STREET, "太阳岛街道", StreetKind.SUBDISTRICT, 8));
        streets.put(OTHER_STREET, new Street(OTHER_STREET, "松北街道", StreetKind.SUBDISTRICT, 20));
    }

    public static Caller secretaryOf(long branchId) {
        return new Caller("secretary" + branchId, Role.BRANCH_SECRETARY, STREET, branchId);
    }

    public long branch(String street, String name) {
        return organization(street, name, OrganizationType.BRANCH);
    }

    public long organization(String street, String name, OrganizationType type) {
        long id = nextId++;
        organizations.put(id, new Organization(id, 0L, name, type, true, street, street + "004", null,
                LocalDate.of(2015, 7, 1), OrganizationStatus.ACTIVE, 0, 0, List.of()));
        return id;
    }

    public MemberFacts member(long branchId, String name, LocalDate joined, ResidencyStatus residency) {
        return member(branchId, name, joined, residency, MemberStatus.ACTIVE);
    }

    public MemberFacts member(long branchId, String name, LocalDate joined, ResidencyStatus residency,
                              MemberStatus status) {
        long id = nextId++;
        Organization branch = organizations.get(branchId);
        LocalDate expectedReturn = residency == ResidencyStatus.RESIDENT ? null : LocalDate.of(2027, 4, 10);
        MemberFacts m = new MemberFacts(id, name, branch.streetCode(), branch.communityCode(), branchId,
                CadreCategory.RETIRED, Membership.FULL, status, residency, expectedReturn, joined, 400_000L);
        members.put(id, m);
        return m;
    }

    private static boolean sees(Caller caller, String street) {
        return caller.streetCode() == null || caller.streetCode().equals(street);
    }

    public MemberService memberService() {
        return Fakes.of(MemberService.class, new Object() {
            public List<MemberFacts> facts(Caller caller, String streetCode) {
                factsReads++;
                if (streetCode == null ? caller.streetCode() != null
                        : !streets.containsKey(streetCode) || !sees(caller, streetCode)) {
                    throw streetCode == null ? ServiceException.forbidden("FORBIDDEN")
                            : ServiceException.notFound("STREET_NOT_FOUND", streetCode);
                }
                if (caller.role() == Role.SPECIALIST) {
                    return List.of();
                }
                return members.values().stream()
                        .filter(m -> streetCode == null || m.streetCode().equals(streetCode))
                        .filter(m -> caller.role() != Role.BRANCH_SECRETARY
                                || caller.branchId().equals(m.branchId()))
                        .sorted(Comparator.comparing(MemberFacts::id)).toList();
            }
        });
    }

    public OrganizationService organizationService() {
        return Fakes.of(OrganizationService.class, new Object() {
            public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
                if (!streets.containsKey(streetCode) || !sees(caller, streetCode)) {
                    throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
                }
                return organizations.values().stream().filter(o -> o.streetCode().equals(streetCode)).toList();
            }

            public Organization get(Caller caller, long id) {
                Organization o = organizations.get(id);
                if (o == null || !sees(caller, o.streetCode())) {
                    throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
                }
                return o;
            }
        });
    }

    public StreetService streetService() {
        return Fakes.of(StreetService.class, new Object() {
            public List<Street> list(Caller caller) {
                return streets.values().stream().filter(s -> sees(caller, s.code())).toList();
            }

            public Street get(Caller caller, String code) {
                Street s = streets.get(code);
                if (s == null || !sees(caller, code)) {
                    throw ServiceException.notFound("STREET_NOT_FOUND", code);
                }
                return s;
            }
        });
    }
}
