package org.silverbranch.core.api;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.AuditEntry;
import org.silverbranch.core.api.model.AuditQuery;

/**
 * Reads the audit log that {@link AuditTrail} writes. The log is append-only: nothing in the platform updates or
 * deletes an entry. District admins and auditors may read it.
 */
@ProviderType
public interface AuditService {

    /**
     * Entries matching every given criterion, newest first.
     *
     * @throws ServiceException {@code FORBIDDEN} (403) for other roles, {@code VALIDATION_FAILED} for a bad query
     */
    Page<AuditEntry> search(Caller caller, AuditQuery query);
}
