package org.silverbranch.orglife.oversight.internal.figures;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.oversight.internal.rules.Percent;

/**
 * {@value BranchFigureSource#MEETING_COMPLIANCE}: the share of the year's required meeting slots (三会一课, 主题党日,
 * 组织生活会, 民主评议) that were met, as the meetings bundle counts them (slots not over yet do not lower it; the
 * running year covers the year so far). Empty while no slot has ended or been met.
 */
@Component(service = BranchFigureSource.class)
public class MeetingComplianceFigure implements BranchFigureSource {

    private final ComplianceService compliance;

    @Activate
    public MeetingComplianceFigure(@Reference(name = "compliance") ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public String key() {
        return MEETING_COMPLIANCE;
    }

    @Override
    public Optional<BranchFigure> figure(Caller caller, long organizationId, int year) {
        return Figures.of(() -> {
            BranchCompliance c = compliance.organization(caller, organizationId, Period.year(year));
            Integer percent = Percent.whole(c.compliancePercent());
            return percent == null ? Optional.empty() : Optional.of(BranchFigure.percent(percent,
                    c.met() + "/" + (c.met() + c.missed()) + " 次应开会议已开"));
        });
    }
}
