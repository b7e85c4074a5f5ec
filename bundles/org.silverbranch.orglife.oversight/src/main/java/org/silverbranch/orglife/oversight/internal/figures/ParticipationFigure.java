package org.silverbranch.orglife.oversight.internal.figures;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.oversight.internal.rules.Percent;

/**
 * {@value BranchFigureSource#PARTICIPATION}: PRESENT and REMOTE attendances (remote participation of away members
 * counts, issue 5 item 10) of the expected attendances of the branch's held meetings in the year. Empty when the
 * branch held no meeting with an expected attendance.
 */
@Component(service = BranchFigureSource.class)
public class ParticipationFigure implements BranchFigureSource {

    private final ParticipationService participation;

    @Activate
    public ParticipationFigure(@Reference(name = "participation") ParticipationService participation) {
        this.participation = participation;
    }

    @Override
    public String key() {
        return PARTICIPATION;
    }

    @Override
    public Optional<BranchFigure> figure(Caller caller, long organizationId, int year) {
        return Figures.of(() -> {
            ParticipationRate r = participation.branch(caller, organizationId, Period.year(year));
            Integer percent = Percent.whole(r.ratePercent());
            return percent == null ? Optional.empty() : Optional.of(BranchFigure.percent(percent,
                    (r.present() + r.remote()) + "/" + r.expected() + " 人次参加（" + r.meetings() + " 次会议）"));
        });
    }
}
