package org.silverbranch.core.api.model;

/** Kind of a street-level unit: 街道 (SUBDISTRICT) or 镇 (TOWN). */
public enum StreetKind {
    SUBDISTRICT, TOWN
}
