package org.silverbranch.orglife.assessment;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Member appraisal (民主评议党员), yearly per member. Written by the district admin, the street admin of the member's
 * street and the secretary of the member's branch; read within {@code BranchScope}.
 */
@ProviderType
public interface AppraisalService {

    /**
     * Records or changes the member's appraisal of the year. A new appraisal belongs to the member's branch (and its
     * street) now. A change needs write access to the member's branch now AND to the branch and street the appraisal
     * was recorded in, and never moves it: the appraisal is the decision of that branch's member assembly, so after
     * the member moves (to another branch or street) the new branch's writers cannot overwrite or take over the old
     * one; the district admin (or the admin of a street holding both branches) may still correct it in place.
     *
     * @throws ServiceException {@code MEMBER_NOT_FOUND} (404), {@code FORBIDDEN} (403), {@code ORGANIZATION_NOT_FOUND}
     *                          (404, a change of an appraisal recorded in a branch the caller may not read, as
     *                          {@code BranchScope.requireWrite}), {@code VALIDATION_FAILED}
     *                          (400: result, date, note, year), {@code APPRAISAL_EXISTS} (409, a create when the
     *                          year has one), {@code APPRAISAL_NOT_FOUND} (404, an update when it has none),
     *                          {@code STALE_VERSION} (409)
     */
    Appraisal put(Caller caller, long memberId, int year, AppraisalInput input);

    /** The member's appraisals, newest year first. @throws ServiceException {@code MEMBER_NOT_FOUND} (404) */
    List<Appraisal> ofMember(Caller caller, long memberId);

    /** The branch's active members with their result of the year or none. */
    BranchAppraisals ofBranch(Caller caller, long organizationId, int year);

    /**
     * Dashboard figure: results of the year in one street, or in the district when {@code streetCode} is null
     * (one grouped query).
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404) / {@code FORBIDDEN} (403) as
     *                          {@code BranchScope.requireStreetRead} / {@code requireDistrictRead}
     */
    AppraisalCounts counts(Caller caller, String streetCode, int year);

    /** Dashboard figure: the district's results of the year per street, every street with appraisals (district roles). */
    List<AppraisalCounts> countsByStreet(Caller caller, int year);
}
