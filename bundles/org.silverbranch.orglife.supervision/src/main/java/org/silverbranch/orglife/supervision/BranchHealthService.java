package org.silverbranch.orglife.supervision;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Branch health suggestions (化并转), computed on request from the core's organizations, member counts and
 * leadership; nothing is stored and nothing is changed: the system suggests, people decide.
 */
@ProviderType
public interface BranchHealthService {

    /**
     * One branch (type BRANCH or GENERAL_BRANCH).
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), 400 {@code NOT_A_BRANCH}
     */
    BranchHealth health(Caller caller, long organizationId);

    /**
     * The street's active branches, ordered by id (street administrator and viewer, district roles).
     *
     * @param all false: only the branches with at least one suggestion; true: every branch
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    List<BranchHealth> streetHealth(Caller caller, String streetCode, boolean all);
}
