package org.silverbranch.core.api.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resident ID numbers after GB 11643-1999: 6 digits of address code, 8 of birth date, 3 of sequence, and an
 * ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x and strips surrounding blanks, as people type them. */
    public static String normalize(String value) {
        return value == null ? null : value.strip().toUpperCase();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether the value has the right shape and check character (after {@link #normalize}). */
    public static boolean hasValidCheckCharacter(String value) {
        String id = normalize(value);
        return id != null && SHAPE.matcher(id).matches() && checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    /** The birth date inside the number, if it is a real calendar date. */
    public static Optional<LocalDate> birthDate(String value) {
        String id = normalize(value);
        if (id == null || !SHAPE.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A valid number: right shape, right check character, and a real birth date not in the future. */
    public static boolean isValid(String value) {
        return hasValidCheckCharacter(value)
                && birthDate(value).filter(d -> !d.isAfter(LocalDate.now()) && d.getYear() >= 1880).isPresent();
    }

    /** The masked form shown by default, e.g. {@code 2301**********1234}. */
    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return value == null ? null : "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
