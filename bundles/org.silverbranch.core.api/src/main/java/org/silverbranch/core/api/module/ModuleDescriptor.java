package org.silverbranch.core.api.module;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a module says about itself.
 *
 * @param id          lower-case id, e.g. {@code volunteer}: bundle {@code org.silverbranch.module.volunteer},
 *                    feature {@code silverbranch-module-volunteer}, REST under {@code /api/v1/volunteer}
 * @param nameZh      name shown to users, e.g. 志愿服务队
 * @param permissions what the module lets each role do
 */
public record ModuleDescriptor(String id, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
                               String version, List<ModulePermission> permissions) {

    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");
    public static final String FEATURE_PREFIX = "silverbranch-module-";
    public static final String BUNDLE_PREFIX = "org.silverbranch.module.";

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("module id must match " + ID + ": " + id);
        }
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }

    public String featureName() {
        return FEATURE_PREFIX + id;
    }

    /** The module id of a feature name, or null when the feature is not a module. */
    public static String idOfFeature(String featureName) {
        if (featureName == null || !featureName.startsWith(FEATURE_PREFIX)) {
            return null;
        }
        String id = featureName.substring(FEATURE_PREFIX.length());
        return ID.matcher(id).matches() ? id : null;
    }
}
