package org.silverbranch.core.api.model;

/** Gender as recorded in the member file. */
public enum Gender {
    MALE, FEMALE
}
