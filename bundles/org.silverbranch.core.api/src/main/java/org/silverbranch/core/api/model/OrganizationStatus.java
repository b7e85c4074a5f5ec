package org.silverbranch.core.api.model;

/** Lifecycle of an organization; organizations are never deleted,  only merged (化并转) or dissolved. */
public enum OrganizationStatus {
    ACTIVE, MERGED, DISSOLVED
}
