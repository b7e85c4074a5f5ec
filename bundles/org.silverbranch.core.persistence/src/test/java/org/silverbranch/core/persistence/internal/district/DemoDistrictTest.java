package org.silverbranch.core.persistence.internal.district;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.TestDatabase;
import org.silverbranch.core.persistence.internal.member.MemberServiceImpl;
import org.silverbranch.core.persistence.internal.organization.OrganizationServiceImpl;
import org.silverbranch.core.persistence.internal.street.StreetServiceImpl;

public class DemoDistrictTest {

    private static final Caller ADMIN = Caller.system("test");
    private static TestDatabase db;

    @BeforeClass
    public static void load() {
        db = new TestDatabase();
        DemoDistrictFixture.load(db, 300);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void songbeiHasItsNineStreetsAndTwoTowns() {
        List<Street> streets = new StreetServiceImpl(db, null).list(ADMIN);
        assertEquals(9, streets.size());
        assertEquals(new Street("230109002", "太阳岛街道", StreetKind.SUBDISTRICT, 7), streets.get(0));
        assertEquals(2, streets.stream().filter(s -> s.kind() == StreetKind.TOWN).count());
        assertEquals(129, streets.stream().mapToInt(Street::communityCount).sum());
    }

    @Test
    public void tianehuCommunityIsUnderTaiyangdao() {
        List<Community> communities = new StreetServiceImpl(db, null).communities(ADMIN, "230109002");
        assertTrue(communities.contains(new Community("230109002004", "天鹅湖社区", "230109002")));
    }

    @Test
    public void theReportsEightRetireeBranchesExistWithAVacancyInBeianMingzhu() {
        OrganizationServiceImpl orgs = new OrganizationServiceImpl(db, null);
        List<Organization> songan = orgs.list(ADMIN, "230109006", OrganizationType.BRANCH, true);
        assertEquals(List.of("北岸明珠社区离退休干部党支部", "宜和园社区离退休干部党支部"),
                songan.stream().map(Organization::name).sorted().toList());
        Organization beian = songan.stream().filter(o -> o.name().startsWith("北岸明珠")).findFirst().orElseThrow();
        assertTrue(beian.vacancies().toString(), beian.vacancies().contains(
                org.silverbranch.core.api.model.LeaderRole.SECRETARY));
        long branches = new StreetServiceImpl(db, null).counts(ADMIN, null).retireeBranches();
        assertEquals(8, branches);
    }

    @Test
    public void demoMembersAreValidAndFlagged() {
        MemberServiceImpl members = new MemberServiceImpl(db, null, TestDatabase.PROTECTION);
        List<Member> page = members.search(ADMIN, "230109002",
                new MemberQuery(null, null, null, null, null, 0, 200, "id")).items();
        assertTrue(page.size() > 50);
        for (Member listed : page) {
            assertTrue(listed.idNumber(), listed.idNumber().matches("2301\\*{10}[0-9X]{4}"));
            Member m = members.get(ADMIN, listed.id(), Set.of(SensitiveField.ID_NUMBER));
            assertTrue(m.idNumber(), ResidentIdNumber.isValid(m.idNumber()));
            assertEquals(m.birthDate(), ResidentIdNumber.birthDate(m.idNumber()).orElseThrow());
            assertEquals(ResidentIdNumber.mask(m.idNumber()), listed.idNumber());
            assertTrue(m.demo());
        }
        assertEquals(300, new StreetServiceImpl(db, null).counts(ADMIN, null).activeMembers());
        assertTrue(new StreetServiceImpl(db, null).counts(ADMIN, null).awayMembers() > 10);
    }
}
