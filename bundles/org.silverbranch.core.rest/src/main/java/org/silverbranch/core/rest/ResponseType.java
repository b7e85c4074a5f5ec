package org.silverbranch.core.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method returning {@code javax.ws.rs.core.Response} answers on success, for the OpenAPI document
 * (methods returning a DTO need no annotation).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseType {

    /** The entity type; {@code Void.class} for no body. */
    Class<?> value();

    /** The success status, e.g. 201 for a create. */
    int status() default 200;

    /** Whether the body is a JSON array of {@link #value()}. */
    boolean array() default false;
}
