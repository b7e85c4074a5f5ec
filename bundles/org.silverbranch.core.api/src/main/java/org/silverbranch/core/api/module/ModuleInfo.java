package org.silverbranch.core.api.module;

import java.util.List;

/**
 * A module as district IT sees it. For an AVAILABLE module only what its feature says is known: names and
 * permissions come from the module once it is installed.
 */
public record ModuleInfo(String id, String featureName, String version, ModuleState state, String nameZh,
                         String nameEn, String description, List<ModulePermission> permissions) {
}
