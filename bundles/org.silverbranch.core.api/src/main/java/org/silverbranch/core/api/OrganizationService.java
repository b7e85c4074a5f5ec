package org.silverbranch.core.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;

/** Party organizations of a street and their leadership. Organizations are never deleted. */
@ProviderType
public interface OrganizationService {

    /** A street's organizations, optionally filtered by type and retiree flag, ordered by id. */
    List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree);

    /** @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404) */
    Organization get(Caller caller, long id);

    /** @throws ServiceException {@code VALIDATION_FAILED} (400), {@code STREET_NOT_FOUND} (404) */
    Organization create(Caller caller, String streetCode, Organization organization);

    /** @throws ServiceException {@code STALE_VERSION} (409) when {@code organization.version} is not the stored one */
    Organization update(Caller caller, long id, Organization organization);

    Leadership leadership(Caller caller, long organizationId);

    /** Appoints a member of the organization to a position; one secretary and one deputy at a time. */
    Leader appoint(Caller caller, long organizationId, Leader leader);

    /** Ends a term early (or records its planned end) on the given date. */
    Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version);
}
