package org.silverbranch.core.rest.internal.openapi;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI document of everything published right now, modules included.
 * Public, so tools can read it before they have credentials. Added to the core server by the publisher.
 */
@Path("openapi.json")
public final class OpenApiResource {

    private final Supplier<Map<String, List<Class<?>>>> published;
    private final OpenApiGenerator generator;
    private final String coreAddress;

    /**
     * @param published   resource classes by server address, at the time of the request
     * @param coreAddress the address of the server this resource is published on, e.g. {@code /v1}
     */
    public OpenApiResource(Supplier<Map<String, List<Class<?>>>> published, OpenApiGenerator generator,
                           String coreAddress) {
        this.published = published;
        this.generator = generator;
        this.coreAddress = coreAddress;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document(@Context UriInfo uriInfo) {
        return generator.generate(contextPath(uriInfo.getBaseUri().getPath()), published.get());
    }

    /** The servlet context from the base path of the core server: {@code /api/v1/} gives {@code /api}. */
    String contextPath(String basePath) {
        String path = basePath == null ? "" : basePath;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(coreAddress)) {
            path = path.substring(0, path.length() - coreAddress.length());
        }
        return path;
    }
}
