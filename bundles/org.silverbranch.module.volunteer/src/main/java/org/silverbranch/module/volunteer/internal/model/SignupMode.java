package org.silverbranch.module.volunteer.internal.model;

/** OPEN: a sign-up is confirmed at once. APPROVAL: it is requested and the captain (through staff) decides. */
public enum SignupMode {
    OPEN, APPROVAL
}
