package org.silverbranch.orglife.assessment;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.silverbranch.core.api.Caller;

/**
 * SPI: a figure of a branch for a year that a computed star criterion ({@link CriterionKind#COMPUTED}) turns into
 * points. Bundles that hold the data register one OSGi service per key; the star rating collects them dynamically,
 * so a source may come and go. A criterion whose source is not registered, or that answers empty, is
 * {@link CriterionStatus#NOT_AVAILABLE}: shown as such and left out of the score, never counted as zero. A source
 * that throws is not the same as one without data: its criterion is {@link CriterionStatus#SOURCE_FAILED}, a draft
 * is still saved, but the rating cannot be confirmed until the source answers again.
 * <p>
 * The keys the default criteria table expects (a district can add others to its table):
 * <ul>
 * <li>{@value #MEETING_COMPLIANCE}: percentage of the required meetings (三会一课, 主题党日, 组织生活会) held in the
 * year (the meetings bundle);</li>
 * <li>{@value #DUES_COLLECTION}: percentage of the dues due in the year that were paid (the dues bundle);</li>
 * <li>{@value #PARTICIPATION}: percentage participation of the branch's members in organizational life, remote
 * participation of away members counting (the meetings bundle);</li>
 * <li>{@value #SECRETARY_IN_PLACE}: percentage of the year's months (up to the current one) in which the branch had a
 * secretary in office; given by this bundle from the core's leadership.</li>
 * </ul>
 * A figure of the running year covers the year so far.
 */
@ConsumerType
public interface BranchFigureSource {

    String MEETING_COMPLIANCE = "MEETING_COMPLIANCE";
    String DUES_COLLECTION = "DUES_COLLECTION";
    String PARTICIPATION = "PARTICIPATION";
    String SECRETARY_IN_PLACE = "SECRETARY_IN_PLACE";

    /** The key the criteria table names, upper-case letters, digits and underscores, e.g. {@value #DUES_COLLECTION}. */
    String key();

    /**
     * The branch's figure for the year, or empty when the source has none (no data, branch unknown to it).
     *
     * @param caller the user asking for the rating, already allowed to read the branch; a source may read with it
     */
    Optional<BranchFigure> figure(Caller caller, long organizationId, int year);
}
