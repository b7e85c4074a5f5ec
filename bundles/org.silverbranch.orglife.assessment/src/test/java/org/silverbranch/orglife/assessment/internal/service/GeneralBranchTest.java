package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.VIEWER;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fails;

import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.assessment.Appraisal;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.AppraisalResult;
import org.silverbranch.orglife.assessment.RatingStatus;
import org.silverbranch.orglife.assessment.SecretaryAssessment;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.StreetStarRatings;
import org.silverbranch.orglife.assessment.internal.FakeCore;

/**
 * A general branch (党总支) holds members filed directly in it and has a secretary, like a branch: it is appraised,
 * rated, assessed and listed as unrated like one (as the core, meetings, supervision and oversight treat it).
 */
public class GeneralBranchTest {

    /** 太阳岛社区离退休干部党总支 (太阳岛街道). */
    private static final long GENERAL = 14;
    private static final Caller GENERAL_SECRETARY = new Caller("taiyangdao-general-secretary", Role.BRANCH_SECRETARY,
            FakeCore.TAIYANGDAO, GENERAL);

    private Fixture f;
    private long secretary;

    @Before
    public void start() {
        f = new Fixture();
        f.core.addOrganization(GENERAL, "太阳岛社区离退休干部党总支", OrganizationType.GENERAL_BRANCH,
                FakeCore.TAIYANGDAO);
        secretary = f.core.member("刘振华", GENERAL);
        f.core.secretary(GENERAL, secretary, LocalDate.of(2024, 1, 1), null);
    }

    @After
    public void stop() {
        f.close();
    }

    @Test
    public void membersFiledInAGeneralBranchAreAppraisedByItsSecretary() {
        long m = f.core.member("陈桂英", GENERAL);
        Appraisal a = f.appraisals.put(GENERAL_SECRETARY, m, 2026,
                new AppraisalInput(AppraisalResult.EXCELLENT, LocalDate.of(2026, 12, 18), null, null));
        assertEquals(GENERAL, a.organizationId());
        assertEquals(1, f.appraisals.ofBranch(VIEWER, GENERAL, 2026).counts().excellent());
    }

    @Test
    public void aGeneralBranchIsRatedAndListedAsUnratedUntilThen() {
        assertEquals(List.of(GENERAL, FakeCore.TIANEHU_BRANCH, FakeCore.YIYUAN_BRANCH), unrated());
        StarRating r = f.ratings.create(STREET_ADMIN, GENERAL,
                new StarRatingInput(2026, null, null, null, null, null, null, null));
        assertEquals(RatingStatus.DRAFT, r.status());
        assertEquals(List.of(GENERAL), f.ratings.history(GENERAL_SECRETARY, GENERAL).stream()
                .map(StarRating::organizationId).toList());
        assertEquals(List.of(FakeCore.TIANEHU_BRANCH, FakeCore.YIYUAN_BRANCH), unrated());
    }

    @Test
    public void aGeneralBranchsSecretaryIsAssessed() {
        SecretaryAssessment a = f.secretaries.assess(STREET_ADMIN, GENERAL, new SecretaryAssessmentInput(2026, null,
                SecretaryGrade.GOOD, null, LocalDate.of(2026, 12, 18)));
        assertEquals(secretary, a.memberId());
        assertEquals(List.of(a.id()), f.secretaries.ofBranch(GENERAL_SECRETARY, GENERAL).stream()
                .map(SecretaryAssessment::id).toList());
    }

    @Test
    public void otherOrganizationsAreStillNotBranches() {
        fails(ErrorKind.BAD_REQUEST, "NOT_A_BRANCH", () -> f.ratings.create(STREET_ADMIN, FakeCore.TIANEHU_COMMITTEE,
                new StarRatingInput(2026, null, null, null, null, null, null, null)));
        fails(ErrorKind.BAD_REQUEST, "NOT_A_BRANCH", () -> f.secretaries.assess(STREET_ADMIN,
                FakeCore.TIANEHU_COMMITTEE, new SecretaryAssessmentInput(2026, null, SecretaryGrade.GOOD, null,
                        LocalDate.of(2026, 12, 18))));
    }

    private List<Long> unrated() {
        return f.ratings.ofStreet(VIEWER, FakeCore.TAIYANGDAO, 2026).unrated().stream()
                .map(StreetStarRatings.Unrated::organizationId).toList();
    }
}
