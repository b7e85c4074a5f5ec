package org.silverbranch.core.rest.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.silverbranch.core.rest.ParamType;
import org.silverbranch.core.rest.ResponseType;
import org.silverbranch.core.rest.internal.error.ErrorResponse;
import org.silverbranch.core.rest.internal.security.PublicEndpoints;

/**
 * Writes the OpenAPI 3.0.3 document of the published resource classes by reflection over their JAX-RS
 * annotations, so it always matches what is served, modules included.
 */
public final class OpenApiGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_LOCATOR_DEPTH = 4;
    private static final Map<String, String> ERROR_RESPONSES = errorResponses();

    private final ObjectMapper mapper;

    /** @param mapper the API's JSON configuration, whose introspection gives the schemas' properties */
    public OpenApiGenerator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param contextPath        the CXF servlet context, e.g. {@code /api}
     * @param resourcesByAddress resource classes by server address below the context, e.g. {@code /v1}
     */
    public ObjectNode generate(String contextPath, Map<String, List<Class<?>>> resourcesByAddress) {
        Generation generation = new Generation(contextPath);
        new TreeMap<>(resourcesByAddress).forEach((address, classes) -> classes.stream()
                .sorted(Comparator.comparing(Class::getName))
                .forEach(type -> generation.addRoot(address, type)));
        return generation.document();
    }

    /** The state of one document being written. */
    private final class Generation {

        private final String contextPath;
        private final Schemas schemas = new Schemas(mapper);
        private final Map<String, ObjectNode> paths = new TreeMap<>();
        private final Set<String> operationIds = new HashSet<>();

        Generation(String contextPath) {
            this.contextPath = contextPath;
        }

        void addRoot(String address, Class<?> type) {
            Path root = JaxRsAnnotations.rootPath(type);
            if (root != null) {
                addOperations(type, PathTemplates.join(address, root.value()), type, 0);
            }
        }

        private void addOperations(Class<?> type, String path, Class<?> root, int depth) {
            Method[] methods = type.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method method : methods) {
                Method annotated = method.isBridge() ? null : JaxRsAnnotations.annotated(method);
                if (annotated == null) {
                    continue;
                }
                Path sub = annotated.getAnnotation(Path.class);
                String operationPath = PathTemplates.join(path, sub == null ? "" : sub.value());
                String http = JaxRsAnnotations.httpMethod(annotated);
                if (http == null) {
                    if (depth < MAX_LOCATOR_DEPTH) {  // a sub-resource locator: its return type has the operations
                        addOperations(annotated.getReturnType(), operationPath, root, depth + 1);
                    }
                    continue;
                }
                String key = PathTemplates.join(contextPath, operationPath);
                ObjectNode operation = operation(root, type, method, annotated, http, operationPath);
                paths.computeIfAbsent(key, k -> NODES.objectNode()).set(http.toLowerCase(Locale.ROOT), operation);
            }
        }

        private ObjectNode operation(Class<?> root, Class<?> type, Method method, Method annotated, String http,
                                     String pathBelowContext) {
            ObjectNode operation = NODES.objectNode();
            operation.put("operationId", operationId(type.getSimpleName() + "." + method.getName()));
            operation.putArray("tags").add(root.getSimpleName().replaceFirst("Resource$", ""));
            ArrayNode parameters = operation.putArray("parameters");
            Set<String> pathParameters = new HashSet<>();
            Annotation[][] annotations = annotated.getParameterAnnotations();
            Type[] types = annotated.getGenericParameterTypes();
            for (int i = 0; i < types.length; i++) {
                ParameterInfo parameter = ParameterInfo.of(annotations[i]);
                if (parameter.isEntity()) {
                    operation.set("requestBody", requestBody(types[i], consumes(annotated, type)));
                } else if (parameter.location() != null) {
                    parameters.add(parameter(parameter, types[i]));
                    if (parameter.location().equals("path")) {
                        pathParameters.add(parameter.name());
                    }
                }
            }
            for (String variable : PathTemplates.variables(pathBelowContext)) {
                if (!pathParameters.contains(variable)) {  // captured by the path but not read by the method
                    parameters.add(pathParameter(variable, NODES.objectNode().put("type", "string")));
                }
            }
            if (parameters.isEmpty()) {
                operation.remove("parameters");
            }
            operation.set("responses", responses(annotated, produces(annotated, type)));
            if (PublicEndpoints.isPublic(http, pathBelowContext)) {
                operation.putArray("security");  // an empty list lifts the global requirement
            }
            return operation;
        }

        private ObjectNode parameter(ParameterInfo info, Type type) {
            ObjectNode schema = schemas.ofParameter(info.declaredType() != null ? info.declaredType() : type);
            if (info.defaultValue() != null) {
                schema.set("default", defaultValue(schema, info.defaultValue()));
            }
            ObjectNode parameter = NODES.objectNode().put("name", info.name()).put("in", info.location());
            if (info.location().equals("path")) {
                parameter.put("required", true);
            }
            parameter.set("schema", schema);
            return parameter;
        }

        private ObjectNode pathParameter(String name, ObjectNode schema) {
            ObjectNode parameter = NODES.objectNode().put("name", name).put("in", "path").put("required", true);
            parameter.set("schema", schema);
            return parameter;
        }

        private ObjectNode requestBody(Type type, String mediaType) {
            ObjectNode body = NODES.objectNode().put("required", true);
            body.putObject("content").putObject(mediaType).set("schema", schemas.of(type));
            return body;
        }

        private ObjectNode responses(Method annotated, String mediaType) {
            ObjectNode responses = NODES.objectNode();
            ResponseType declared = annotated.getAnnotation(ResponseType.class);
            Class<?> returned = annotated.getReturnType();
            if (declared != null) {
                ObjectNode success = responses.putObject(String.valueOf(declared.status()))
                        .put("description", description(declared.status()));
                if (declared.value() != Void.class && declared.value() != void.class) {
                    ObjectNode schema = schemas.of(declared.value());
                    if (declared.array()) {
                        schema = arrayOf(schema);
                    }
                    success.putObject("content").putObject(mediaType).set("schema", schema);
                }
            } else if (returned == void.class || returned == Void.class) {
                responses.putObject("204").put("description", description(204));
            } else if (Response.class.isAssignableFrom(returned)) {
                responses.putObject("200").put("description", description(200));
            } else {
                responses.putObject("200").put("description", description(200))
                        .putObject("content").putObject(mediaType)
                        .set("schema", schemas.of(annotated.getGenericReturnType()));
            }
            ObjectNode error = schemas.of(ErrorResponse.class);
            ERROR_RESPONSES.forEach((status, description) -> responses.putObject(status)
                    .put("description", description)
                    .putObject("content").putObject(MediaType.APPLICATION_JSON).set("schema", error.deepCopy()));
            return responses;
        }

        private String operationId(String wanted) {
            String id = wanted;
            for (int n = 2; !operationIds.add(id); n++) {
                id = wanted + "_" + n;
            }
            return id;
        }

        ObjectNode document() {
            ObjectNode document = NODES.objectNode().put("openapi", "3.0.3");
            document.putObject("info")
                    .put("title", "Silverbranch API")
                    .put("version", "1")
                    .put("description", "Party organizations and members of a district's streets and communities. "
                            + "Errors answer {code, message, fields}; messages follow Accept-Language (zh or en).");
            ArrayNode security = document.putArray("security");
            security.addObject().putArray("basic");
            security.addObject().putArray("bearer");
            ObjectNode pathsNode = document.putObject("paths");
            paths.forEach(pathsNode::set);
            schemas.of(ErrorResponse.class);
            ObjectNode components = document.putObject("components");
            components.set("schemas", schemas.components());
            ObjectNode schemes = components.putObject("securitySchemes");
            schemes.putObject("basic").put("type", "http").put("scheme", "basic");
            schemes.putObject("bearer").put("type", "http").put("scheme", "bearer")
                    .put("description", "A token from POST /api/v1/auth/token");
            return document;
        }
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode array = NODES.objectNode().put("type", "array");
        array.set("items", items);
        return array;
    }

    private static JsonNode defaultValue(ObjectNode schema, String text) {
        String type = schema.path("type").asText();
        try {
            switch (type) {
                case "integer":
                    return NODES.numberNode(Long.parseLong(text));
                case "number":
                    return NODES.numberNode(Double.parseDouble(text));
                case "boolean":
                    return NODES.booleanNode(Boolean.parseBoolean(text));
                default:
                    return NODES.textNode(text);
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    private static String consumes(Method annotated, Class<?> type) {
        Consumes consumes = annotated.isAnnotationPresent(Consumes.class)
                ? annotated.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        return consumes == null || consumes.value().length == 0 ? MediaType.APPLICATION_JSON : consumes.value()[0];
    }

    private static String produces(Method annotated, Class<?> type) {
        Produces produces = annotated.isAnnotationPresent(Produces.class)
                ? annotated.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
        return produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON : produces.value()[0];
    }

    private static String description(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No content";
            default -> "Status " + status;
        };
    }

    private static Map<String, String> errorResponses() {
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("400", "Bad request: VALIDATION_FAILED (see fields), MALFORMED_JSON, BODY_REQUIRED");
        responses.put("401", "No or wrong credentials: UNAUTHORIZED, INVALID_CREDENTIALS");
        responses.put("403", "Not allowed for the caller's role or scope: FORBIDDEN");
        responses.put("404", "Not found: NOT_FOUND or a specific *_NOT_FOUND code");
        responses.put("409", "Conflicts with stored data: STALE_VERSION, DUPLICATE_ID_NUMBER, POSITION_OCCUPIED, ...");
        responses.put("413", "Request body too large: PAYLOAD_TOO_LARGE");
        responses.put("415", "Body is not JSON: UNSUPPORTED_MEDIA_TYPE");
        return responses;
    }

    /** What a method parameter is for JAX-RS. */
    private record ParameterInfo(String location, String name, String defaultValue, Class<?> declaredType,
                                 boolean isEntity) {

        static ParameterInfo of(Annotation[] annotations) {
            String location = null;
            String name = null;
            String defaultValue = null;
            Class<?> declaredType = null;
            boolean jaxRs = false;
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam p) {
                    location = "path";
                    name = p.value();
                } else if (annotation instanceof QueryParam q) {
                    location = "query";
                    name = q.value();
                } else if (annotation instanceof HeaderParam h) {
                    location = "header";
                    name = h.value();
                } else if (annotation instanceof CookieParam c) {
                    location = "cookie";
                    name = c.value();
                } else if (annotation instanceof DefaultValue d) {
                    defaultValue = d.value();
                } else if (annotation instanceof ParamType t) {
                    declaredType = t.value();
                }
                // @Context, @BeanParam, @FormParam, @MatrixParam... are JAX-RS too but not documented here.
                jaxRs |= annotation.annotationType().getName().startsWith("javax.ws.rs.");
            }
            return new ParameterInfo(location, name, defaultValue, declaredType, !jaxRs);
        }
    }
}
