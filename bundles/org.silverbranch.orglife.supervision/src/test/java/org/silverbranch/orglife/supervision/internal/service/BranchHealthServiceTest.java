package org.silverbranch.orglife.supervision.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.DISTRICT;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.supervision.internal.service.Fixture.fails;

import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;
import org.silverbranch.orglife.supervision.internal.FakeCore;

/** Branch health over the core's (faked) organizations, counts and leadership; a fresh district per test. */
public class BranchHealthServiceTest {

    private Fixture f;

    @Before
    public void open() {
        f = new Fixture();
        // 天鹅湖: 8 full members, a secretary and two committee members elected in 2024 (3 of the 8 are leaders)
        f.core.members(FakeCore.TIANEHU_BRANCH, 5, Membership.FULL);
        f.core.leader(FakeCore.TIANEHU_BRANCH, LeaderRole.SECRETARY, LocalDate.of(2024, 3, 1), null);
        f.core.leader(FakeCore.TIANEHU_BRANCH, LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), null);
        f.core.leader(FakeCore.TIANEHU_BRANCH, LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), null);
        // 怡园: 2 full and 2 probationary members, no leaders at all
        f.core.members(FakeCore.YIYUAN_BRANCH, 2, Membership.FULL);
        f.core.members(FakeCore.YIYUAN_BRANCH, 2, Membership.PROBATIONARY);
    }

    @After
    public void close() {
        f.close();
    }

    private static List<HealthRule> rules(BranchHealth h) {
        return h.suggestions().stream().map(HealthSuggestion::rule).toList();
    }

    @Test
    public void theStreetListsOnlyBranchesWithSuggestionsUnlessAllAreAsked() {
        List<BranchHealth> sick = f.health.streetHealth(STREET_ADMIN, Fixture.STREET, false);
        assertEquals(List.of(FakeCore.YIYUAN_BRANCH), sick.stream().map(BranchHealth::organizationId).toList());
        assertEquals(List.of(HealthRule.MERGE, HealthRule.SECRETARY_VACANT), rules(sick.get(0)));
        assertEquals(4, sick.get(0).memberCount());
        assertEquals(2, sick.get(0).fullMemberCount());

        List<BranchHealth> all = f.health.streetHealth(Fixture.VIEWER, Fixture.STREET, true);
        // the community committee is not a branch
        assertEquals(List.of(FakeCore.TIANEHU_BRANCH, FakeCore.YIYUAN_BRANCH),
                all.stream().map(BranchHealth::organizationId).toList());
        assertTrue(all.get(0).healthy());
        assertEquals("张书记", all.get(0).secretary());
        assertEquals(2, all.get(0).committeeMembers());
    }

    @Test
    public void aStreetCostsOneListAndOneLeadershipCallPerActiveBranch() {
        long merged = 300;
        f.core.organization(merged, "已合并支部", OrganizationType.BRANCH, Fixture.STREET, FakeCore.TIANEHU);
        f.core.status(merged, OrganizationStatus.MERGED);
        f.core.leadershipCalls.set(0);
        f.health.streetHealth(STREET_ADMIN, Fixture.STREET, true);
        assertEquals(2, f.core.leadershipCalls.get());
    }

    @Test
    public void theBranchBecomesHealthyWhenItsMembersGrowAndASecretaryIsAppointed() {
        assertEquals(List.of(HealthRule.MERGE, HealthRule.SECRETARY_VACANT),
                rules(f.health.health(Fixture.YIYUAN_SECRETARY, FakeCore.YIYUAN_BRANCH)));
        f.core.leader(FakeCore.YIYUAN_BRANCH, LeaderRole.SECRETARY, LocalDate.of(2025, 1, 1), null);
        assertEquals(List.of(), rules(f.health.health(DISTRICT, FakeCore.YIYUAN_BRANCH)));
    }

    @Test
    public void termExpiryFollowsTheClock() {
        f.clock.set(LocalDate.of(2029, 3, 1));  // 2024-03-01 + 5 years: the last day of the term
        assertEquals(List.of(), rules(f.health.health(DISTRICT, FakeCore.TIANEHU_BRANCH)));
        f.clock.set(LocalDate.of(2029, 3, 2));
        BranchHealth expired = f.health.health(DISTRICT, FakeCore.TIANEHU_BRANCH);
        assertEquals(List.of(HealthRule.TERM_EXPIRED), rules(expired));
        assertEquals("2029-03-01", expired.suggestions().get(0).figures().get("expiredOn"));
    }

    @Test
    public void scopeRules() {
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND",
                () -> f.health.health(Fixture.SONGBEI_ADMIN, FakeCore.TIANEHU_BRANCH));
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND",
                () -> f.health.health(Fixture.SECRETARY, FakeCore.YIYUAN_BRANCH));
        fails(ErrorKind.BAD_REQUEST, "NOT_A_BRANCH", () -> f.health.health(DISTRICT, FakeCore.TIANEHU_COMMITTEE));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.health.streetHealth(Fixture.SECRETARY, Fixture.STREET, true));
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND",
                () -> f.health.streetHealth(Fixture.SONGBEI_ADMIN, Fixture.STREET, true));
    }
}
