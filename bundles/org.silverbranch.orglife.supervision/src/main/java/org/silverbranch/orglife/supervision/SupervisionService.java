package org.silverbranch.orglife.supervision;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Inspections (督查) of branches and their rectification tasks (整改). District administrators and the street's
 * administrator inspect; they and the branch's secretary change the tasks of a branch. Every write is audited.
 * Lists are ordered by deadline, then id.
 */
@ProviderType
public interface SupervisionService {

    /**
     * Records an inspection and its findings in one transaction.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code FORBIDDEN} (403) for a caller who may not
     *                          inspect, {@code VALIDATION_FAILED} (400) with field problems, e.g.
     *                          {@code findings[0].deadline} {@code DEADLINE_BEFORE_INSPECTION}; 409
     *                          {@code BRANCH_NOT_ACTIVE} for a merged or dissolved branch
     */
    Inspection createInspection(Caller caller, long organizationId, InspectionInput input);

    /** The branch's inspections, newest first. */
    List<Inspection> inspections(Caller caller, long organizationId);

    /** @throws ServiceException {@code INSPECTION_NOT_FOUND} (404), also for one out of the caller's scope */
    Inspection inspection(Caller caller, long inspectionId);

    /** @throws ServiceException {@code RECTIFICATION_NOT_FOUND} (404) */
    Rectification rectification(Caller caller, long rectificationId);

    /**
     * Marks an OPEN task DONE or CANCELLED.
     *
     * @throws ServiceException {@code RECTIFICATION_NOT_FOUND} (404), {@code FORBIDDEN} (403), 400 with field
     *                          problems, 409 {@code RECTIFICATION_CLOSED} when it is not OPEN, {@code STALE_VERSION}
     */
    Rectification updateRectification(Caller caller, long rectificationId, RectificationUpdate update);

    /**
     * A street's rectification tasks (street administrator and viewer, district roles).
     *
     * @param status  only this state; null for all
     * @param overdue true: only overdue ones (OPEN past the deadline); false: only those not overdue; null: all
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    List<Rectification> streetRectifications(Caller caller, String streetCode, RectificationStatus status,
                                             Boolean overdue);

    /** The district's rectification tasks (district administrator, auditor), as {@link #streetRectifications}. */
    List<Rectification> districtRectifications(Caller caller, RectificationStatus status, Boolean overdue);

    /** A street's tasks counted by state, in two grouped queries. */
    RectificationCounts streetCounts(Caller caller, String streetCode);

    /** Every street that has tasks, counted by state (two grouped queries), ordered by street code (district roles). */
    List<RectificationCounts> districtCounts(Caller caller);
}
