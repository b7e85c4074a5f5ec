package org.silverbranch.module.volunteer.internal.model;

/** An inactive team keeps its history but gets no new shifts or sign-ups. */
public enum TeamStatus {
    ACTIVE, INACTIVE
}
