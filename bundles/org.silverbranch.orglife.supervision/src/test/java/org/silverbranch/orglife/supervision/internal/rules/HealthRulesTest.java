package org.silverbranch.orglife.supervision.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;

/** The 化并转 rules at their boundaries, with the default settings (3 / 7 / 50 members, 5-year terms). */
public class HealthRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 5);
    private static final HealthSettings DEFAULTS = HealthSettings.DEFAULTS;

    private final List<Leader> leaders = new ArrayList<>();

    private static Organization branch(int members, int full) {
        return branch(OrganizationType.BRANCH, members, full);
    }

    private static Organization branch(OrganizationType type, int members, int full) {
        return new Organization(11L, 3L, "天鹅湖社区离退休干部党支部", type, true, "230109002", "230109002004", 5L, null,
                OrganizationStatus.ACTIVE, members, full, List.of());
    }

    private void leader(LeaderRole role, LocalDate start, LocalDate end) {
        leaders.add(new Leader((long) leaders.size() + 1, 0L, 11L, 100L + leaders.size(),
                role == LeaderRole.SECRETARY ? "王秀兰" : "委员", role, start, end, null));
    }

    /** A secretary whose term began recently: no vacancy and no term problem to hide the size rules. */
    private void secretaryInOffice() {
        leader(LeaderRole.SECRETARY, LocalDate.of(2024, 3, 1), null);
    }

    private BranchHealth assess(Organization org) {
        return assess(org, DEFAULTS);
    }

    private BranchHealth assess(Organization org, HealthSettings settings) {
        // the core's split into current and past is ignored on purpose: the rules decide with their own today
        return HealthRules.assess(org, new Leadership(org.id(), List.of(), List.of(), leaders), settings, TODAY);
    }

    private static List<HealthRule> rules(BranchHealth health) {
        return health.suggestions().stream().map(HealthSuggestion::rule).toList();
    }

    private static HealthSuggestion only(BranchHealth health, HealthRule rule) {
        return health.suggestions().stream().filter(s -> s.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    public void twoFullMembersAreAMergeCandidateThreeAreNot() {
        secretaryInOffice();
        BranchHealth two = assess(branch(4, 2));  // two probationary members do not count
        assertEquals(List.of(HealthRule.MERGE), rules(two));
        HealthSuggestion merge = only(two, HealthRule.MERGE);
        assertEquals(Map.of("fullMemberCount", "2"), merge.figures());
        assertEquals("fullMemberCount < 3", merge.threshold());
        assertTrue(merge.source().contains("支部工作条例"));

        assertEquals(List.of(), rules(assess(branch(3, 3))));
    }

    @Test
    public void sevenFullMembersWithoutCommitteeMembersMustFormACommitteeSixNeedNot() {
        secretaryInOffice();
        assertEquals(List.of(), rules(assess(branch(6, 6))));
        BranchHealth seven = assess(branch(9, 7));
        assertEquals(List.of(HealthRule.FORM_COMMITTEE), rules(seven));
        assertEquals(Map.of("fullMemberCount", "7", "committeeMembers", "0"),
                only(seven, HealthRule.FORM_COMMITTEE).figures());
        assertEquals("fullMemberCount >= 7 AND committeeMembers = 0", only(seven, HealthRule.FORM_COMMITTEE).threshold());
    }

    @Test
    public void aBranchWithCommitteeMembersHasItsCommitteeAtSixOrSeven() {
        secretaryInOffice();
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), null);
        assertEquals(List.of(), rules(assess(branch(6, 6))));
        BranchHealth seven = assess(branch(7, 7));
        assertEquals(List.of(), rules(seven));
        assertEquals(1, seven.committeeMembers());
    }

    @Test
    public void aCommitteeMemberWhoseTermEndedNoLongerCounts() {
        secretaryInOffice();
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), TODAY.minusDays(1));
        assertEquals(List.of(HealthRule.FORM_COMMITTEE), rules(assess(branch(7, 7))));
        leaders.remove(1);
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), TODAY);  // ends today: still in office
        assertEquals(List.of(), rules(assess(branch(7, 7))));
    }

    @Test
    public void fiftyMembersStayABranchFiftyOneSuggestAGeneralBranch() {
        secretaryInOffice();
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), null);
        assertEquals(List.of(), rules(assess(branch(50, 45))));
        BranchHealth fiftyOne = assess(branch(51, 45));
        assertEquals(List.of(HealthRule.GENERAL_BRANCH), rules(fiftyOne));
        assertEquals(Map.of("memberCount", "51"), only(fiftyOne, HealthRule.GENERAL_BRANCH).figures());
        assertEquals("memberCount > 50", only(fiftyOne, HealthRule.GENERAL_BRANCH).threshold());
    }

    @Test
    public void aGeneralBranchIsNotToldToBecomeOne() {
        secretaryInOffice();
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), null);
        assertEquals(List.of(), rules(assess(branch(OrganizationType.GENERAL_BRANCH, 80, 70))));
    }

    @Test
    public void noSecretaryInOfficeIsAVacancy() {
        BranchHealth none = assess(branch(5, 5));
        assertEquals(List.of(HealthRule.SECRETARY_VACANT), rules(none));
        assertNull(none.secretary());

        leader(LeaderRole.SECRETARY, TODAY.plusDays(1), null);  // appointed from tomorrow: still vacant today
        assertEquals(List.of(HealthRule.SECRETARY_VACANT), rules(assess(branch(5, 5))));
    }

    @Test
    public void aTermStartedFiveYearsAgoTodayRunsTodayAndExpiresTomorrow() {
        leader(LeaderRole.SECRETARY, TODAY.minusYears(5), null);
        BranchHealth onTheDay = assess(branch(5, 5));
        assertEquals(List.of(), rules(onTheDay));
        assertEquals(TODAY.minusYears(5), onTheDay.termStart());

        leaders.clear();
        leader(LeaderRole.SECRETARY, TODAY.minusYears(5).minusDays(1), null);
        BranchHealth dayAfter = assess(branch(5, 5));
        assertEquals(List.of(HealthRule.TERM_EXPIRED), rules(dayAfter));
        HealthSuggestion expired = only(dayAfter, HealthRule.TERM_EXPIRED);
        assertEquals(TODAY.minusDays(1).toString(), expired.figures().get("expiredOn"));
        assertEquals(TODAY.minusYears(5).minusDays(1).toString(), expired.figures().get("termStart"));
        assertEquals("termEnd < today OR termStart + 5 years < today", expired.threshold());
    }

    @Test
    public void theTermLengthIsADistrictSetting() {
        leader(LeaderRole.SECRETARY, LocalDate.of(2023, 6, 1), null);
        assertEquals(List.of(), rules(assess(branch(5, 5))));
        assertEquals(List.of(HealthRule.TERM_EXPIRED), rules(assess(branch(5, 5), new HealthSettings(3, 7, 50, 3))));
    }

    @Test
    public void aLeadershipWhoseTermsAllEndedBeforeTodayHasExpired() {
        leader(LeaderRole.SECRETARY, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 10, 31));
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 9, 30));
        BranchHealth lapsed = assess(branch(7, 7));
        assertEquals(List.of(HealthRule.FORM_COMMITTEE, HealthRule.SECRETARY_VACANT, HealthRule.TERM_EXPIRED),
                rules(lapsed));
        assertEquals("2026-10-31", only(lapsed, HealthRule.TERM_EXPIRED).figures().get("termEnd"));
        assertEquals(LocalDate.of(2026, 10, 31), lapsed.termEnd());
    }

    @Test
    public void aBranchThatNeverHadLeadersIsVacantButHasNoExpiredTerm() {
        assertEquals(List.of(HealthRule.SECRETARY_VACANT), rules(assess(branch(3, 3))));
    }

    @Test
    public void thresholdsAreDistrictSettings() {
        secretaryInOffice();
        HealthSettings strict = new HealthSettings(5, 9, 40, 5);
        assertEquals(List.of(HealthRule.MERGE), rules(assess(branch(4, 4), strict)));
        assertEquals(List.of(), rules(assess(branch(8, 8), strict)));
        assertEquals(List.of(HealthRule.FORM_COMMITTEE, HealthRule.GENERAL_BRANCH),
                rules(assess(branch(41, 9), strict)));
        assertEquals("fullMemberCount < 5", only(assess(branch(4, 4), strict), HealthRule.MERGE).threshold());
    }

    @Test(expected = IllegalArgumentException.class)
    public void settingsOutOfOrderAreRefused() {
        new HealthSettings(3, 2, 50, 5);
    }

    @Test
    public void aHealthyBranchHasItsFiguresAndNoSuggestion() {
        secretaryInOffice();
        leader(LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 3, 1), null);
        BranchHealth health = assess(branch(12, 10));
        assertTrue(health.healthy());
        assertEquals(12, health.memberCount());
        assertEquals(10, health.fullMemberCount());
        assertEquals("王秀兰", health.secretary());
        assertEquals(TODAY, health.asOf());
        assertFalse(rules(health).contains(HealthRule.MERGE));
    }
}
