package org.silverbranch.core.shell.internal;

import java.security.SecureRandom;

/** Passwords the shell hands out: 20 characters with every kind, easy to read off a screen; the user changes them. */
final class Passwords {

    // no 0/O, 1/l/I
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String generate() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(Character::isUpperCase)
                    && p.chars().anyMatch(Character::isLowerCase)) {
                return p;
            }
        }
    }
}
