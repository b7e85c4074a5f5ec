package org.silverbranch.orglife.oversight.internal.service;

import java.time.Clock;

import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.orglife.assessment.StarRatingService;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesReports;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.oversight.SixMonthWatch;
import org.silverbranch.orglife.oversight.internal.rules.WatchSettings;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;

/**
 * The services with a test clock and cache lifetime, for tests in other packages (the REST tests). Their test
 * constructors are package-private on purpose: Felix SCR logs an ERROR for a component class with two public
 * constructors of the same number of parameters, so only the {@code @Activate} one is public.
 */
public final class TestServices {

    private TestServices() {
    }

    public static SixMonthWatchImpl watch(MemberService members, OrganizationService organizations,
                                          ParticipationService participation, DuesFigures dues,
                                          WatchSettings settings, Clock clock, long cacheMillis) {
        return new SixMonthWatchImpl(members, organizations, participation, dues, settings, clock, cacheMillis);
    }

    public static AlertServiceImpl alerts(StreetService streets, OrganizationService organizations,
                                          SixMonthWatch watch, BranchHealthService health, SeasonalService seasonal,
                                          SupervisionService supervision, Clock clock) {
        return new AlertServiceImpl(streets, organizations, watch, health, seasonal, supervision, clock);
    }

    public static DashboardServiceImpl dashboards(StreetService streets, ComplianceService compliance,
                                                  DuesReports dues, ParticipationService participation,
                                                  StarRatingService stars, SupervisionService supervision,
                                                  Clock clock, long cacheMillis) {
        return new DashboardServiceImpl(streets, compliance, dues, participation, stars, supervision, clock,
                cacheMillis);
    }
}
