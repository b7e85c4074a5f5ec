package org.silverbranch.core.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the REST API, PID {@value #PID} (file {@code etc/org.silverbranch.core.rest.cfg}).
 * <table>
 * <caption>Settings</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code maxRequestBytes}</td><td>1048576 (1 MiB)</td><td>largest request body accepted; larger bodies
 * are answered 413 {@code PAYLOAD_TOO_LARGE}, also when sent chunked. Changes apply to the next request.</td></tr>
 * <tr><td>{@code maxUploadBytes}</td><td>20971520 (20 MiB)</td><td>largest body of a file upload (a body that is not
 * JSON, e.g. a meeting's attachment); the resource applies its own, usually smaller, limit.</td></tr>
 * </table>
 */
@ObjectClassDefinition(id = RestConfiguration.PID, name = "Silverbranch REST API",
        description = "Limits of the REST API at /api/v1")
public @interface RestConfiguration {

    String PID = "org.silverbranch.core.rest";

    @AttributeDefinition(name = "Largest request body (bytes)", min = "1024",
            description = "Request bodies over this size are refused with 413 PAYLOAD_TOO_LARGE")
    long maxRequestBytes() default 1048576L;

    @AttributeDefinition(name = "Largest file upload (bytes)", min = "1024",
            description = "Bodies that are not JSON (file uploads) over this size are refused with 413 PAYLOAD_TOO_LARGE")
    long maxUploadBytes() default 20971520L;
}
