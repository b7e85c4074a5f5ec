package org.silverbranch.core.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type a {@code String} query, path or header parameter is converted to with {@link QueryParams}, so the
 * OpenAPI document shows the real type: an enum's allowed values, {@code integer} for {@code Integer}/{@code Long},
 * {@code boolean} for {@code Boolean}.
 * <p>
 * Parameters are taken as strings because JAX-RS answers 404 for a query parameter it cannot convert, where a user
 * should see which parameter is wrong (400 {@code VALIDATION_FAILED}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ParamType {

    Class<?> value();
}
