package org.silverbranch.core.rest.internal.openapi;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON schemas of Java types as the API's Jackson configuration writes them: the properties come from Jackson's
 * own introspection, so the document shows what the wire carries. Named types (records, beans, enums) become
 * components referenced by {@code $ref}; a generic type such as {@code Page<Member>} is written inline with its
 * type arguments filled in.
 */
final class Schemas {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    Schemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The components collected so far, sorted by name. */
    ObjectNode components() {
        ObjectNode result = NODES.objectNode();
        components.forEach(result::set);
        return result;
    }

    /** The schema of a body or property type. */
    ObjectNode of(Type type) {
        return of(mapper.getTypeFactory().constructType(type));
    }

    /** The schema of a parameter: like {@link #of(Type)} but enums inline, since a parameter is a single value. */
    ObjectNode ofParameter(Type type) {
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        Class<?> raw = javaType.getRawClass();
        if (raw.isEnum()) {
            return enumSchema(raw);
        }
        if (javaType.isCollectionLikeType() || javaType.isArrayType()) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", ofParameter(javaType.getContentType()));
            return array;
        }
        ObjectNode scalar = scalar(raw);
        return scalar != null ? scalar : NODES.objectNode().put("type", "string");
    }

    private ObjectNode of(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isReferenceType()) {
            return of(type.getReferencedType());  // Optional<T> is written as T or null
        }
        ObjectNode scalar = scalar(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isEnum()) {
            return reference(raw, () -> enumSchema(raw));
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", of(type.getContentType()));
            return array;
        }
        if (type.isMapLikeType()) {
            ObjectNode map = NODES.objectNode().put("type", "object");
            map.set("additionalProperties", of(type.getContentType()));
            return map;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return NODES.objectNode();  // any JSON value
        }
        if (!type.getBindings().isEmpty()) {
            return object(type);
        }
        return reference(raw, () -> object(type));
    }

    private ObjectNode reference(Class<?> raw, Supplier<ObjectNode> schema) {
        String name = names.get(raw);
        if (name == null) {
            name = components.containsKey(raw.getSimpleName()) ? raw.getName().replace('$', '.') : raw.getSimpleName();
            names.put(raw, name);
            ObjectNode placeholder = NODES.objectNode();
            components.put(name, placeholder);  // before the properties, so a recursive type ends
            placeholder.setAll(schema.get());
        }
        return NODES.objectNode().put("$ref", REF_PREFIX + name);
    }

    private ObjectNode object(JavaType type) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        BeanDescription description = mapper.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldSerialize()) {
                properties.set(property.getName(), of(property.getPrimaryType()));
            }
        }
        return schema;
    }

    private static ObjectNode enumSchema(Class<?> type) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        ArrayNode values = schema.putArray("enum");
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return schema;
    }

    private static ObjectNode scalar(Class<?> raw) {
        if (raw == char.class || raw == Character.class || CharSequence.class.isAssignableFrom(raw)) {
            return type("string", null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return type("boolean", null);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return type("integer", "int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return type("integer", "int64");
        }
        if (raw == float.class || raw == Float.class) {
            return type("number", "float");
        }
        if (raw == double.class || raw == Double.class) {
            return type("number", "double");
        }
        if (raw == BigDecimal.class || raw == Number.class) {
            return type("number", null);
        }
        if (raw == LocalDate.class) {
            return type("string", "date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return type("string", "date-time");
        }
        if (raw == UUID.class) {
            return type("string", "uuid");
        }
        if (raw == URI.class) {
            return type("string", "uri");
        }
        if (raw == byte[].class) {
            return type("string", "byte");
        }
        if (raw.getName().startsWith("java.time.")) {
            return type("string", null);  // LocalDateTime, LocalTime, Duration...: ISO-8601 text
        }
        return null;
    }

    private static ObjectNode type(String type, String format) {
        ObjectNode schema = NODES.objectNode().put("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        return schema;
    }
}
