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
     * Records or changes the member's appraisal of the year.
     *
     * @throws ServiceException {@code MEMBER_NOT_FOUND} (404), {@code FORBIDDEN} (403), {@code VALIDATION_FAILED}
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
