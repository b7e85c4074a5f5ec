package org.silverbranch.core.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log writer. Every write of the core and of modules, every unmask of sensitive data, every
 * login and every module install or enablement is recorded here.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Records one action.
     *
     * @param action     e.g. {@code MEMBER_UPDATE}, {@code MODULE_INSTALL}, {@code LOGIN_FAILURE}, {@code UNMASK}
     * @param entityType e.g. {@code member}, {@code module}; null for actions on no entity
     * @param entityId   the entity's id or code; null for none
     * @param changes    field → [before, after] of the changed fields, sensitive values already masked; may be empty
     */
    void record(Caller caller, String action, String entityType, String entityId, Map<String, List<String>> changes);
}
