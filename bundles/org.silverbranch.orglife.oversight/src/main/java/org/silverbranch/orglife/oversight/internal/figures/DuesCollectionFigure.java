package org.silverbranch.orglife.oversight.internal.figures;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.oversight.internal.rules.Percent;

/**
 * {@value BranchFigureSource#DUES_COLLECTION}: the dues paid of the known dues due in the year (up to the current
 * month in the running year), the dues bundle's {@code collectionPercent}. Empty when nothing of known amount was
 * due (e.g. no member declared a pension).
 */
@Component(service = BranchFigureSource.class)
public class DuesCollectionFigure implements BranchFigureSource {

    private final DuesFigures dues;

    @Activate
    public DuesCollectionFigure(@Reference(name = "dues") DuesFigures dues) {
        this.dues = dues;
    }

    @Override
    public String key() {
        return DUES_COLLECTION;
    }

    @Override
    public Optional<BranchFigure> figure(Caller caller, long organizationId, int year) {
        return Figures.of(() -> {
            DuesTotals t = dues.branchCollection(caller, organizationId, Period.year(year));
            Integer percent = Percent.whole(t.collectionPercent());
            return percent == null ? Optional.empty() : Optional.of(BranchFigure.percent(percent,
                    "已交 " + Percent.yuan(t.paidFen()).toPlainString() + " / 应交 "
                            + Percent.yuan(t.dueFen()).toPlainString() + " 元"));
        });
    }
}
