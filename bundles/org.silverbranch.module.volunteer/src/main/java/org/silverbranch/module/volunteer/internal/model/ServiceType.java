package org.silverbranch.module.volunteer.internal.model;

/** What a volunteer team does; {@code OTHER} teams name their service in a label of their own. */
public enum ServiceType {
    /** 义务血压站 */
    BLOOD_PRESSURE("义务血压站"),
    /** 爱心义剪 */
    HAIRCUT("爱心义剪"),
    /** 治安巡逻 */
    PATROL("治安巡逻"),
    /** 环境清洁 */
    CLEANING("环境清洁"),
    /** Anything else, e.g. 理论宣讲; the team's label is its name. */
    OTHER(null);

    private final String nameZh;

    ServiceType(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The service as people call it: the Chinese name, or the label for {@code OTHER}. */
    public String displayName(String label) {
        return nameZh != null ? nameZh : label;
    }
}
