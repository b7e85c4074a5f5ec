package org.silverbranch.core.api.model;

/** Lifecycle of a member; members are never deleted. */
public enum MemberStatus {
    ACTIVE, TRANSFERRED_OUT, DECEASED
}
