package org.silverbranch.core.api.module;

import java.time.Instant;

/** A module switched on for a street (stored in the database, so several nodes agree). */
public record StreetModule(String streetCode, String moduleId, ModuleState state, String nameZh, String nameEn,
                           Instant enabledAt, String enabledBy) {
}
