package org.silverbranch.core.api.validation;

import java.util.regex.Pattern;

/** Chinese phone numbers: an 11-digit mobile number, or a landline with or without its area code. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?\\d{7,8}");

    private PhoneNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return MOBILE.matcher(v).matches() || LANDLINE.matcher(v).matches();
    }
}
