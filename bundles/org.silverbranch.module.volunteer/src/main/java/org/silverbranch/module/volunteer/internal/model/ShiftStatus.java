package org.silverbranch.module.volunteer.internal.model;

/** Shifts are never deleted: a cancelled one stays for the record and frees its volunteers' time. */
public enum ShiftStatus {
    SCHEDULED, CANCELLED
}
