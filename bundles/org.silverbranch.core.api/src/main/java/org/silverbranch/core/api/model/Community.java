package org.silverbranch.core.api.model;

/**
 * A community (社区 / 居委会) of one street.
 *
 * @param code 12-digit national statistical division code
 */
public record Community(String code, String name, String streetCode) {
}
