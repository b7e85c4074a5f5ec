package org.silverbranch.module.volunteer.internal.model;

/**
 * What can change on a shift once volunteers may have signed up. A different day or time is another shift:
 * cancel this one and create that one, so nobody is silently moved.
 *
 * @param capacity not below the places already taken
 * @param version  the version read, required
 */
public record ShiftUpdate(String place, Integer capacity, SignupMode signupMode, String note, Long version) {
}
