package org.silverbranch.core.api.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Sensitive personal information of a member (个人信息保护法 art. 28): masked in every answer unless a caller with
 * the permission asks for the full value, and every such read is audited.
 */
public enum SensitiveField {
    /** Resident ID number: {@code 2301**********1234}. */
    ID_NUMBER("idNumber"),
    /** The member's and the family contacts' phone numbers: {@code 139****0000}. */
    PHONE("phone"),
    /** Health notes: {@code ******}. */
    HEALTH_NOTES("healthNotes"),
    /** Whereabouts of an away member: {@code 海南****}. */
    RESIDENCY_PLACE("residencyPlace");

    private final String parameter;

    SensitiveField(String parameter) {
        this.parameter = parameter;
    }

    /** The name used in requests, e.g. {@code ?unmask=idNumber,phone}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<SensitiveField> ofParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
