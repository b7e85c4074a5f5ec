package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.AUDITOR;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.DISTRICT;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SECRETARY;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.VIEWER;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fails;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.assessment.CriterionResult;
import org.silverbranch.orglife.assessment.CriterionScore;
import org.silverbranch.orglife.assessment.CriterionStatus;
import org.silverbranch.orglife.assessment.RatingStatus;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarMovement;
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.StreetStarRatings;
import org.silverbranch.orglife.assessment.internal.FakeCore;

/** Each test has its own database: ratings are one per branch and year. */
public class StarRatingServiceTest {

    private Fixture f;

    @Before
    public void start() {
        f = new Fixture();
        long secretary = f.core.member("王秀兰", FakeCore.TIANEHU_BRANCH);
        f.core.secretary(FakeCore.TIANEHU_BRANCH, secretary, LocalDate.of(2023, 1, 1), null);
        f.registerSources(BranchFigureSource.MEETING_COMPLIANCE, BranchFigureSource.DUES_COLLECTION,
                BranchFigureSource.PARTICIPATION);
    }

    @After
    public void stop() {
        f.close();
    }

    private void figures(long branch, int meetings, int dues, int participation) {
        f.figures.get(BranchFigureSource.MEETING_COMPLIANCE).put(branch, BranchFigure.percent(meetings, "12/12 次"));
        f.figures.get(BranchFigureSource.DUES_COLLECTION).put(branch, BranchFigure.percent(dues, null));
        f.figures.get(BranchFigureSource.PARTICIPATION).put(branch, BranchFigure.percent(participation, null));
    }

    private static List<CriterionScore> scores(int records, int study, int service) {
        return List.of(new CriterionScore("RECORDS", records, "会议记录齐全"), new CriterionScore("STUDY", study, null),
                new CriterionScore("SERVICE", service, "义务血压站每周开放"));
    }

    private StarRating draft(Caller caller, long branch, int year, List<CriterionScore> scores) {
        return f.ratings.create(caller, branch, new StarRatingInput(year, scores, null, null, null, null, null, null));
    }

    private StarRating confirm(StarRating r) {
        return f.ratings.update(STREET_ADMIN, r.id(), new StarRatingInput(null, null, null, null, "年终检查", null,
                true, r.version()));
    }

    private static CriterionResult criterion(StarRating r, String key) {
        return r.criteria().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    public void aDraftHasTheComputedFiguresFilledInAndTheInspectorsScores() {
        figures(FakeCore.TIANEHU_BRANCH, 100, 80, 60);
        StarRating r = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, scores(8, 7, 12));
        assertEquals(RatingStatus.DRAFT, r.status());
        assertEquals(Integer.valueOf(25), criterion(r, "MEETING_COMPLIANCE").earned());
        assertEquals("12/12 次", criterion(r, "MEETING_COMPLIANCE").evidence());
        assertEquals(Integer.valueOf(12), criterion(r, "DUES_COLLECTION").earned());
        assertEquals(Integer.valueOf(9), criterion(r, "PARTICIPATION").earned());
        // secretary in office all of 2026 (from the core's leadership, by this bundle's own source)
        assertEquals(Integer.valueOf(100), criterion(r, "SECRETARY_IN_PLACE").percent());
        assertEquals(Integer.valueOf(10), criterion(r, "SECRETARY_IN_PLACE").earned());
        assertEquals("会议记录齐全", criterion(r, "RECORDS").evidence());
        assertEquals(25 + 12 + 9 + 10 + 8 + 7 + 12, r.earnedPoints());
        assertEquals(Integer.valueOf(83), r.score());
        assertEquals(Integer.valueOf(4), r.stars());
        // class over the compliance criteria: 56 of 65 = 86 → 二类
        assertEquals(BranchClass.SECOND, r.branchClass());
        assertEquals(StarMovement.FIRST, r.movement());
        assertEquals(1, f.audit.count("STAR_RATING_CREATE"));
    }

    @Test
    public void aMissingSourceShowsAsNotAvailableAndIsLeftOutOfTheScore() {
        f.registerSources(BranchFigureSource.MEETING_COMPLIANCE);  // dues and participation bundles absent
        f.figures.get(BranchFigureSource.MEETING_COMPLIANCE).put(FakeCore.TIANEHU_BRANCH, BranchFigure.percent(100, null));
        StarRating r = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, scores(10, 10, 15));
        CriterionResult dues = criterion(r, "DUES_COLLECTION");
        assertEquals(CriterionStatus.NOT_AVAILABLE, dues.status());
        assertNull(dues.earned());
        assertEquals(70, r.availablePoints());
        assertEquals(100, r.maxPoints());
        assertEquals(Integer.valueOf(100), r.score());
        assertEquals(Integer.valueOf(5), r.stars());
        assertEquals(List.of(BranchFigureSource.SECRETARY_IN_PLACE, BranchFigureSource.MEETING_COMPLIANCE),
                f.ratings.criteria(VIEWER).sources());
    }

    @Test
    public void aFailingSourceIsShownAsFailedKeepsTheDraftButBlocksConfirmation() {
        AtomicBoolean broken = new AtomicBoolean(true);
        f.ratings.setSources(List.of(f.secretaryInPlace, new BranchFigureSource() {
            @Override
            public String key() {
                return BranchFigureSource.DUES_COLLECTION;
            }

            @Override
            public Optional<BranchFigure> figure(Caller caller, long organizationId, int year) {
                if (broken.get()) {
                    throw new IllegalStateException("dues bundle broken");
                }
                return Optional.of(BranchFigure.percent(50, null));
            }
        }));
        StarRating r = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, scores(5, 5, 5));
        assertEquals(CriterionStatus.SOURCE_FAILED, criterion(r, "DUES_COLLECTION").status());
        assertNull(criterion(r, "DUES_COLLECTION").earned());
        // a source without a figure (not registered) is not available, not failed
        assertEquals(CriterionStatus.NOT_AVAILABLE, criterion(r, "MEETING_COMPLIANCE").status());
        assertEquals(CriterionStatus.AVAILABLE, criterion(r, "SECRETARY_IN_PLACE").status());
        assertEquals(45, r.availablePoints());  // the failed criterion is out of the draft's points, shown as failed

        // confirming while the source fails is refused, and nothing of that request is written
        fails(ErrorKind.CONFLICT, "FIGURE_SOURCE_FAILED", () -> f.ratings.update(STREET_ADMIN, r.id(),
                new StarRatingInput(null, List.of(new CriterionScore("RECORDS", 9, null)), null, null, null, null,
                        true, r.version())));
        StarRating unchanged = f.ratings.get(STREET_ADMIN, r.id());
        assertEquals(RatingStatus.DRAFT, unchanged.status());
        assertEquals(r.version(), unchanged.version());
        assertEquals(Integer.valueOf(5), criterion(unchanged, "RECORDS").earned());
        assertEquals(0, f.audit.count("STAR_RATING_CONFIRM"));
        // the draft itself may still be changed and saved
        StarRating changed = f.ratings.update(STREET_ADMIN, r.id(), new StarRatingInput(null,
                List.of(new CriterionScore("RECORDS", 9, null)), null, null, null, null, null, r.version()));
        assertEquals(CriterionStatus.SOURCE_FAILED, criterion(changed, "DUES_COLLECTION").status());
        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ol_star_rating_item WHERE status = ?", "SOURCE_FAILED"));

        // once the source answers again, its figure counts and the rating confirms (NOT_AVAILABLE does not block)
        broken.set(false);
        StarRating confirmed = confirm(changed);
        assertEquals(RatingStatus.CONFIRMED, confirmed.status());
        assertEquals(CriterionStatus.AVAILABLE, criterion(confirmed, "DUES_COLLECTION").status());
        assertEquals(Integer.valueOf(7), criterion(confirmed, "DUES_COLLECTION").earned());
        assertEquals(CriterionStatus.NOT_AVAILABLE, criterion(confirmed, "MEETING_COMPLIANCE").status());
    }

    @Test
    public void badInputIsRefusedAndNothingWritten() {
        var e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.ratings.create(STREET_ADMIN,
                FakeCore.TIANEHU_BRANCH, new StarRatingInput(2026, List.of(new CriterionScore("RECORDS", 11, null),
                        new CriterionScore("FRIENDLINESS", 3, null)), 6, null, null, null, null, null)));
        assertEquals(List.of("stars:OUT_OF_RANGE", "scores[0].score:OUT_OF_RANGE",
                "scores[1].criterion:UNKNOWN_CRITERION"), fields(e));
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_star_rating"));
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM ol_star_rating_item"));
    }

    @Test
    public void oneRatingPerBranchAndYear() {
        draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, null);
        fails(ErrorKind.CONFLICT, "RATING_EXISTS", () -> draft(DISTRICT, FakeCore.TIANEHU_BRANCH, 2026, null));
        assertEquals(1, f.db.count("SELECT COUNT(*) FROM ol_star_rating"));
    }

    @Test
    public void confirmationNeedsEveryScoreAndFreezesTheRating() {
        figures(FakeCore.TIANEHU_BRANCH, 90, 90, 90);
        StarRating r = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, List.of(new CriterionScore("RECORDS", 9, null)));
        assertEquals(CriterionStatus.NOT_SCORED, criterion(r, "STUDY").status());
        var e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> confirm(r));
        assertEquals(List.of("scores:SCORE_REQUIRED", "scores:SCORE_REQUIRED"), fields(e));
        assertEquals(RatingStatus.DRAFT, f.ratings.get(STREET_ADMIN, r.id()).status());

        StarRating scored = f.ratings.update(STREET_ADMIN, r.id(), new StarRatingInput(null,
                List.of(new CriterionScore("STUDY", 8, null), new CriterionScore("SERVICE", 14, null)), null, null,
                null, null, null, r.version()));
        assertEquals(Integer.valueOf(9), criterion(scored, "RECORDS").earned());  // scores not named keep theirs
        fails(ErrorKind.CONFLICT, "STALE_VERSION", () -> confirm(r));
        StarRating confirmed = confirm(scored);
        assertEquals(RatingStatus.CONFIRMED, confirmed.status());
        assertEquals(STREET_ADMIN.username(), confirmed.confirmedBy());
        fails(ErrorKind.CONFLICT, "RATING_CONFIRMED", () -> f.ratings.update(STREET_ADMIN, r.id(),
                new StarRatingInput(null, null, 1, null, null, "降级", null, confirmed.version())));
        assertEquals(1, f.audit.count("STAR_RATING_CONFIRM"));
    }

    @Test
    public void starsOtherThanComputedNeedAReason() {
        figures(FakeCore.TIANEHU_BRANCH, 100, 100, 100);
        StarRating r = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, scores(10, 10, 15));
        assertEquals(Integer.valueOf(5), r.computedStars());
        var e = fails(ErrorKind.BAD_REQUEST, "VALIDATION_FAILED", () -> f.ratings.update(STREET_ADMIN, r.id(),
                new StarRatingInput(null, null, 4, null, null, null, null, r.version())));
        assertEquals(List.of("note:OVERRIDE_REASON_REQUIRED"), fields(e));
        StarRating set = f.ratings.update(STREET_ADMIN, r.id(), new StarRatingInput(null, null, 4, BranchClass.SECOND,
                null, "群众反映服务不到位", null, r.version()));
        assertEquals(Integer.valueOf(4), set.stars());
        assertEquals(Integer.valueOf(5), set.computedStars());
        assertEquals(BranchClass.SECOND, set.branchClass());
        assertEquals(BranchClass.FIRST, set.computedClass());
    }

    @Test
    public void promotionAndDemotionAgainstLastYearsConfirmedRating() {
        figures(FakeCore.TIANEHU_BRANCH, 60, 60, 60);
        StarRating last = confirm(draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2025, scores(6, 6, 9)));
        assertEquals(Integer.valueOf(2), last.stars());  // 15+9+9+10+6+6+9 = 64
        figures(FakeCore.TIANEHU_BRANCH, 100, 100, 100);
        StarRating now = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, scores(10, 10, 15));
        assertEquals(StarMovement.UP, now.movement());
        assertEquals(Integer.valueOf(2), now.previousStars());

        // 欧美亚 (no secretary): 3 stars in 2025, 1 in 2026
        figures(FakeCore.OUMEIYA_BRANCH, 100, 100, 100);
        confirm2(draft(SONGBEI_ADMIN, FakeCore.OUMEIYA_BRANCH, 2025, scores(5, 5, 5)));
        figures(FakeCore.OUMEIYA_BRANCH, 70, 70, 70);
        confirm2(draft(SONGBEI_ADMIN, FakeCore.OUMEIYA_BRANCH, 2026, scores(5, 5, 5)));

        List<StarRating> history = f.ratings.history(SECRETARY, FakeCore.TIANEHU_BRANCH);
        assertEquals(List.of(2026, 2025), history.stream().map(StarRating::year).toList());
        assertEquals(List.of(StarMovement.UP, StarMovement.FIRST), history.stream().map(StarRating::movement).toList());

        StarDistribution district = f.ratings.distribution(DISTRICT, null, 2026);
        assertEquals(1, district.confirmed());  // 天鹅湖's 2026 is still a draft
        assertEquals(1, district.drafts());
        assertEquals(Long.valueOf(1), district.byMovement().get(StarMovement.DOWN));
        assertEquals(Long.valueOf(0), district.byMovement().get(StarMovement.UP));
        assertEquals(5, district.byStars().size());
        assertEquals(2, f.ratings.distributionByStreet(AUDITOR, 2026).size());
    }

    private void confirm2(StarRating r) {
        f.ratings.update(SONGBEI_ADMIN, r.id(), new StarRatingInput(null, null, null, null, null, null, true,
                r.version()));
    }

    @Test
    public void aStreetSeesItsDistributionRatingsAndUnratedBranches() {
        figures(FakeCore.TIANEHU_BRANCH, 100, 100, 100);
        confirm(draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, scores(10, 10, 15)));
        figures(FakeCore.OUMEIYA_BRANCH, 100, 100, 100);
        draft(SONGBEI_ADMIN, FakeCore.OUMEIYA_BRANCH, 2026, scores(1, 1, 1));

        StreetStarRatings street = f.ratings.ofStreet(VIEWER, FakeCore.TAIYANGDAO, 2026);
        assertEquals(1, street.ratings().size());
        assertEquals(Long.valueOf(1), street.distribution().byStars().get(5));
        assertEquals(Long.valueOf(1), street.distribution().byClass().get(BranchClass.FIRST));
        assertEquals(List.of(FakeCore.YIYUAN_BRANCH),
                street.unrated().stream().map(StreetStarRatings.Unrated::organizationId).toList());
        assertEquals(2, f.ratings.ofDistrict(DISTRICT, 2026).size());
        assertEquals(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 0L, 5, 1L),
                f.ratings.distribution(STREET_ADMIN, FakeCore.TAIYANGDAO, 2026).byStars());
    }

    @Test
    public void whoMayRateAndWhoMaySee() {
        // a branch's secretary reads their branch's ratings but does not rate (the street and district do)
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> draft(SECRETARY, FakeCore.TIANEHU_BRANCH, 2026, null));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> draft(VIEWER, FakeCore.TIANEHU_BRANCH, 2026, null));
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND", () -> draft(SONGBEI_ADMIN, FakeCore.TIANEHU_BRANCH, 2026,
                null));
        fails(ErrorKind.BAD_REQUEST, "NOT_A_BRANCH", () -> draft(STREET_ADMIN, FakeCore.TIANEHU_COMMITTEE, 2026, null));
        StarRating r = draft(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026, null);
        assertEquals(r.id(), f.ratings.get(SECRETARY, r.id()).id());
        fails(ErrorKind.NOT_FOUND, "STAR_RATING_NOT_FOUND", () -> f.ratings.get(SONGBEI_ADMIN, r.id()));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.ratings.update(SECRETARY, r.id(),
                new StarRatingInput(null, null, null, null, null, null, null, r.version())));
        fails(ErrorKind.NOT_FOUND, "STREET_NOT_FOUND", () -> f.ratings.ofStreet(SONGBEI_ADMIN, FakeCore.TAIYANGDAO, 2026));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.ratings.ofStreet(SECRETARY, FakeCore.TAIYANGDAO, 2026));
        fails(ErrorKind.FORBIDDEN, "FORBIDDEN", () -> f.ratings.ofDistrict(STREET_ADMIN, 2026));
        assertTrue(f.ratings.criteria(SECRETARY).criteria().size() > 0);
    }
}
