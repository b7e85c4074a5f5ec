package org.silverbranch.module.volunteer.internal.model;

/** Hours of an attendance: recorded at check-in (PENDING), counted only once APPROVED by the captain. */
public enum HoursStatus {
    PENDING, APPROVED
}
