package org.silverbranch.core.api.model;

/**
 * A street office (街道) or town (镇): the tenant unit of the platform.
 *
 * @param code           9-digit national statistical division code
 * @param communityCount communities in the street
 */
public record Street(String code, String name, StreetKind kind, int communityCount) {
}
