package org.silverbranch.orglife.assessment.internal.service;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.assessment.internal.rules.OfficeTerms;

/**
 * {@value BranchFigureSource#SECRETARY_IN_PLACE}: the share of the year's months (so far, in the running year) in
 * which the branch had a secretary in office, from the core's leadership terms, current and past. A branch needs a
 * secretary (《中国共产党支部工作条例（试行）》 2018: a branch without a committee has a secretary).
 */
@Component(service = BranchFigureSource.class)
public class SecretaryInPlaceSource implements BranchFigureSource {

    private final OrganizationService organizations;
    private final Clock clock;

    @Activate
    public SecretaryInPlaceSource(@Reference(name = "organizations") OrganizationService organizations) {
        this(organizations, Clock.systemDefaultZone());
    }

    public SecretaryInPlaceSource(OrganizationService organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String key() {
        return SECRETARY_IN_PLACE;
    }

    @Override
    public Optional<BranchFigure> figure(Caller caller, long organizationId, int year) {
        Leadership leadership = organizations.leadership(caller, organizationId);
        return OfficeTerms.secretaryInPlace(OfficeTerms.secretaryTerms(leadership, null), year, YearMonth.now(clock));
    }
}
