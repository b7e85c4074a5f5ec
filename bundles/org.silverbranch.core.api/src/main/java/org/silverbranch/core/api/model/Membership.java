package org.silverbranch.core.api.model;

/** 正式党员 (FULL) or 预备党员 (PROBATIONARY). */
public enum Membership {
    FULL, PROBATIONARY
}
