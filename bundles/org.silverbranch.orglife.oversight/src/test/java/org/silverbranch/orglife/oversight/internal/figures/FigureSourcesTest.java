package org.silverbranch.orglife.oversight.internal.figures;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.oversight.internal.FakeCore;
import org.silverbranch.orglife.oversight.internal.Fakes;
import org.silverbranch.orglife.oversight.internal.Samples;

/** The three star-rating figures: the year's figure of the source, rounded; empty without data, never a zero. */
public class FigureSourcesTest {

    private final AtomicReference<Object> answer = new AtomicReference<>();
    private final AtomicReference<Period> periodAsked = new AtomicReference<>();

    private Object answer(Period period) {
        periodAsked.set(period);
        if (answer.get() instanceof RuntimeException e) {
            throw e;
        }
        return answer.get();
    }

    private final BranchFigureSource compliance = new MeetingComplianceFigure(Fakes.of(ComplianceService.class,
            new Object() {
                public BranchCompliance organization(Caller caller, long id, Period period) {
                    return (BranchCompliance) answer(period);
                }
            }));
    private final BranchFigureSource dues = new DuesCollectionFigure(Fakes.of(DuesFigures.class, new Object() {
        public DuesTotals branchCollection(Caller caller, long id, Period period) {
            return (DuesTotals) answer(period);
        }
    }));
    private final BranchFigureSource participation = new ParticipationFigure(Fakes.of(ParticipationService.class,
            new Object() {
                public ParticipationRate branch(Caller caller, long id, Period period) {
                    return (ParticipationRate) answer(period);
                }
            }));

    private Optional<BranchFigure> figure(BranchFigureSource source) {
        return source.figure(FakeCore.STREET_ADMIN, 3, 2026);
    }

    @Test
    public void eachSourceHasItsKey() {
        assertEquals(List.of(BranchFigureSource.MEETING_COMPLIANCE, BranchFigureSource.DUES_COLLECTION,
                BranchFigureSource.PARTICIPATION), List.of(compliance.key(), dues.key(), participation.key()));
    }

    @Test
    public void complianceOfTheWholeYear() {
        answer.set(Samples.compliance(3, "天鹅湖", ComplianceStatus.MISSED, 20, 3, 86.95652));
        BranchFigure f = figure(compliance).orElseThrow();
        assertEquals(Period.year(2026), periodAsked.get());
        assertEquals(Integer.valueOf(87), f.percent());
        assertEquals("20/23 次应开会议已开", f.detail());
        answer.set(Samples.compliance(3, "天鹅湖", ComplianceStatus.DUE, 0, 0, null));
        assertEquals(Optional.empty(), figure(compliance));
    }

    @Test
    public void duesCollectionInFenAsPercent() {
        answer.set(Samples.dues("2026", 120_000, 119_400, "99.5", "99.0"));
        BranchFigure f = figure(dues).orElseThrow();
        assertEquals(Integer.valueOf(100), f.percent());  // 99.5 rounds half up
        assertEquals("已交 1194.00 / 应交 1200.00 元", f.detail());
        answer.set(Samples.dues("2026", 0, 0, null, null));
        assertEquals("nothing of known amount due: no figure, not 0", Optional.empty(), figure(dues));
    }

    @Test
    public void participationCountsRemoteAsTakingPart() {
        answer.set(Samples.participation("3", 12, 360, 200, 40, 66.66667));
        BranchFigure f = figure(participation).orElseThrow();
        assertEquals(Integer.valueOf(67), f.percent());
        assertEquals("240/360 人次参加（12 次会议）", f.detail());
        answer.set(Samples.participation("3", 0, 0, 0, 0, null));
        assertEquals(Optional.empty(), figure(participation));
    }

    @Test
    public void aBranchTheSourceDoesNotKnowHasNoFigureButOtherFailuresAreNotHidden() {
        answer.set(ServiceException.notFound("ORGANIZATION_NOT_FOUND", 3));
        assertEquals(Optional.empty(), figure(compliance));
        answer.set(ServiceException.badRequest("NOT_A_BRANCH", 3));
        assertEquals(Optional.empty(), figure(participation));
        answer.set(new IllegalStateException("database down"));
        assertThrows(IllegalStateException.class, () -> figure(dues));
        answer.set(ServiceException.forbidden("FORBIDDEN"));
        assertThrows(ServiceException.class, () -> figure(dues));
    }
}
