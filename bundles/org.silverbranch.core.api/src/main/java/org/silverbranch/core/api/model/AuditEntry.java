package org.silverbranch.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.Role;

/**
 * One recorded action.
 *
 * @param username   who acted ({@code system:...} for the platform)
 * @param role       the role they acted in
 * @param action     e.g. {@code MEMBER_UPDATE}, {@code UNMASK}, {@code LOGIN_FAILURE}, {@code MODULE_ENABLE}
 * @param streetCode the street the entity belongs to, or the caller's street; null for district-wide actions
 * @param changes    field → [before, after] of the changed fields, sensitive values masked; for {@code UNMASK} the
 *                   field → [masked value] that was shown in full
 */
public record AuditEntry(Long id, Instant at, String username, Role role, String action, String entityType,
                         String entityId, String streetCode, Map<String, List<String>> changes) {
}
