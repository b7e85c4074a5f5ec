package org.silverbranch.module.volunteer.internal.model;

/**
 * Corrects the minutes of an attendance before they are approved.
 *
 * @param minutes whole minutes, 1 to 1440
 */
public record HoursInput(Integer minutes, Long version) {
}
