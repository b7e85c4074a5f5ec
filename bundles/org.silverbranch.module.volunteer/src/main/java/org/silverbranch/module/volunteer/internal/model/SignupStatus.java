package org.silverbranch.module.volunteer.internal.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * REQUESTED (waiting for approval) → CONFIRMED or REJECTED; CONFIRMED → ATTENDED (checked in) or WITHDRAWN;
 * REQUESTED → WITHDRAWN; any open sign-up → CANCELLED when its shift is cancelled.
 */
public enum SignupStatus {
    REQUESTED, CONFIRMED, ATTENDED, REJECTED, WITHDRAWN, CANCELLED;

    /** Sign-ups that take one of the shift's places. */
    public static final Set<SignupStatus> HOLDING_A_PLACE = EnumSet.of(CONFIRMED, ATTENDED);

    /** Sign-ups that take the volunteer's time: no other shift may overlap them. */
    public static final Set<SignupStatus> TAKING_TIME = EnumSet.of(REQUESTED, CONFIRMED, ATTENDED);
}
