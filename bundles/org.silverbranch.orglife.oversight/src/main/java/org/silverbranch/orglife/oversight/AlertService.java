package org.silverbranch.orglife.oversight;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Alerts of organizational life, assembled on request from the six-month watch and the supervision bundle's branch
 * health, seasonal returns and rectification tasks. Nothing is stored.
 */
@ProviderType
public interface AlertService {

    /**
     * A street's alerts. Readers: district roles, the street's administrator and viewer.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code FORBIDDEN} (403)
     */
    StreetAlerts street(Caller caller, String streetCode);

    /**
     * A branch's alerts; readers as the branch's records (its secretary too).
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code NOT_A_BRANCH} (400)
     */
    BranchAlerts branch(Caller caller, long organizationId);
}
