package org.silverbranch.core.persistence.internal.security;

import org.silverbranch.core.api.validation.ResidentIdNumber;

/**
 * How sensitive personal information is shown by default (个人信息保护法: minimal disclosure): enough to recognise a
 * record, not enough to use it. A masked value sent back unchanged in an update means "keep the stored value".
 */
public final class Masks {

    /** Health notes are shown as this text when there are any. */
    public static final String HIDDEN = "******";

    private Masks() {
    }

    /** {@code 2301**********1234}. */
    public static String idNumber(String value) {
        return ResidentIdNumber.mask(value);
    }

    /** {@code 139****0000}: the first three and last four digits of a number of 8 or more characters. */
    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() < 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    /** Any health note becomes {@link #HIDDEN}. */
    public static String healthNotes(String value) {
        return value == null || value.isEmpty() ? value : HIDDEN;
    }

    /** {@code 海南****}: the first two characters (about a province) of a place, never the city or address. */
    public static String place(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return (value.length() > 4 ? value.substring(0, 2) : "") + "****";
    }

    /** Whether a value shows masking stars, i.e. is not a full value. */
    public static boolean isMasked(String value) {
        return value != null && value.contains("*");
    }
}
