package org.silverbranch.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.api.model.Street;

/** The district's streets and communities (loaded from national division codes, read-only through the API). */
@ProviderType
public interface StreetService {

    /** Streets the caller may see, ordered by code. */
    List<Street> list(Caller caller);

    /** @throws ServiceException {@code STREET_NOT_FOUND} (404) */
    Street get(Caller caller, String streetCode);

    /** @throws ServiceException {@code STREET_NOT_FOUND} (404) */
    List<Community> communities(Caller caller, String streetCode);

    /** Head counts of one street, or of the whole district when {@code streetCode} is null. */
    DistrictCounts counts(Caller caller, String streetCode);
}
