package org.silverbranch.core.rest;

/** Service properties that mark a JAX-RS resource service for publication. */
public final class RestProperties {

    /** Set to {@code true} on a resource service to have it published (the OSGi JAX-RS whiteboard's name). */
    public static final String RESOURCE = "osgi.jaxrs.resource";

    /**
     * The group a resource is published in: absent or {@value #CORE_GROUP} for the core API at {@code /api/v1},
     * otherwise a module id (lower-case letters, digits and dashes) served at {@code /api/v1/{module id}}.
     */
    public static final String GROUP = "silverbranch.rest.group";

    /** The group of the core API. */
    public static final String CORE_GROUP = "core";

    private RestProperties() {
    }
}
