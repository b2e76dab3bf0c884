package fr.cls.platform.asyncapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * JSON Schema of a record as the platform's JSON mapper writes it: every component is a required property (Jackson
 * writes nulls), a reference type may be null; dates as ISO strings, money ({@code BigDecimal}) as a number of
 * euros, enums by name. A type it cannot describe is an error, not a schema that accepts anything.
 */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    public static Map<String, Object> of(Class<?> record) {
        return ofType(record, new HashSet<>(), false);
    }

    /** A component of a record, which may be null unless primitive. */
    static Map<String, Object> ofComponent(RecordComponent component) {
        return ofType(component.getGenericType(), new HashSet<>(), true);
    }

    private static Map<String, Object> ofType(Type type, Set<Class<?>> seen, boolean nullable) {
        if (type instanceof WildcardType wildcard) {
            return ofType(wildcard.getUpperBounds()[0], seen, nullable);
        }
        if (type instanceof GenericArrayType array) {
            return array(ofType(array.getGenericComponentType(), seen, true), nullable);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(ofType(arguments[0], seen, true), nullable);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> schema = typed("object", nullable);
                Map<String, Object> keys = ofType(arguments[0], seen, false);
                if ("integer".equals(keys.get("type"))) {
                    schema.put("propertyNames", Map.of("pattern", "^-?[0-9]+$"));
                }
                schema.put("additionalProperties", ofType(arguments[1], seen, true));
                return schema;
            }
            return ofType(raw, seen, nullable);
        }
        Class<?> c = (Class<?>) type;
        boolean orNull = nullable && !c.isPrimitive();
        if (c == String.class || c == Character.class || c == char.class) {
            return typed("string", orNull);
        }
        if (c == UUID.class) {
            return format(typed("string", orNull), "uuid");
        }
        if (c == LocalDate.class) {
            return format(typed("string", orNull), "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return format(typed("string", orNull), "date-time");
        }
        if (c == LocalDateTime.class || c == LocalTime.class) {
            return typed("string", orNull);
        }
        if (c == boolean.class || c == Boolean.class) {
            return typed("boolean", orNull);
        }
        if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class
                || c == Long.class || c == Short.class || c == Byte.class || c == BigInteger.class) {
            return format(typed("integer", orNull), c == int.class || c == Integer.class ? "int32" : "int64");
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class || c == BigDecimal.class) {
            return typed("number", orNull);
        }
        if (c.isEnum()) {
            Map<String, Object> schema = typed("string", orNull);
            List<Object> values = new ArrayList<>(Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
            if (orNull) {
                values.add(null);
            }
            schema.put("enum", values);
            return schema;
        }
        if (c.isArray()) {
            return array(ofType(c.getComponentType(), seen, true), orNull);
        }
        if (c.isRecord()) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("recursive record " + c.getName() + " has no finite schema");
            }
            Map<String, Object> schema = typed("object", orNull);
            schema.put("title", c.getSimpleName());
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.put(component.getName(), ofType(component.getGenericType(), seen, true));
            }
            schema.put("properties", properties);
            schema.put("required", List.copyOf(properties.keySet()));
            schema.put("additionalProperties", false);
            seen.remove(c);
            return schema;
        }
        throw new IllegalArgumentException("no JSON schema for " + c.getName() + ": describe it in JsonSchemas");
    }

    private static Map<String, Object> typed(String type, boolean nullable) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", nullable ? List.of(type, "null") : type);
        return schema;
    }

    private static Map<String, Object> format(Map<String, Object> schema, String format) {
        schema.put("format", format);
        return schema;
    }

    private static Map<String, Object> array(Map<String, Object> items, boolean nullable) {
        Map<String, Object> schema = typed("array", nullable);
        schema.put("items", items);
        return schema;
    }
}
