package org.silverbranch.core.persistence.internal.auth;

import java.util.Locale;
import java.util.Set;

import org.silverbranch.core.api.Problems;

/**
 * What a new password must be: at least {@code minLength} characters (at most {@value #MAX_LENGTH}), three of the
 * four kinds of character (lower case, upper case, digits, others), not containing the username, and not one of
 * the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = Set.of("password", "passw0rd", "password1", "password123",
            "qwerty123", "qwertyuiop", "1qaz2wsx", "1q2w3e4r5t", "abc123456", "admin123", "administrator",
            "karaf", "changeit", "changeme", "welcome1", "iloveyou", "123456789", "1234567890", "silverbranch",
            "woaini1314", "a123456789");

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = Math.max(8, minLength);
    }

    /** Adds the password's problems under {@code field}; returns whether there were none. */
    public boolean check(Problems problems, String field, String username, String password) {
        if (!problems.require(field, password)) {
            return false;
        }
        if (password.length() < minLength) {
            problems.add(field, "PASSWORD_TOO_SHORT", minLength);
            return false;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(field, "TOO_LONG", MAX_LENGTH);
            return false;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(field, "PASSWORD_CONTAINS_USERNAME");
            return false;
        }
        if (kinds(password) < 3 || COMMON.contains(lower) || password.chars().distinct().count() < 5) {
            problems.add(field, "PASSWORD_TOO_WEAK");
            return false;
        }
        return true;
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
