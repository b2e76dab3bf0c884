package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a service's AsyncAPI document against the event records themselves: every record of every topic the
 * document has (a record with a {@code TYPE} constant in the package of the topic's {@code TOPIC} constant) has a
 * message named by its type; a sample of it with every field set, written by the service's own JSON mapper, is
 * valid against the message's data schema, and the schema has a property for each of its fields.
 */
public final class EventSchemaCheck {

    private final JsonNode document;
    private final JsonMapper json;

    public EventSchemaCheck(String baseUrl, JsonMapper json) {
        HttpTestClient.Response answer = new HttpTestClient(baseUrl).get("/v3/asyncapi");
        assertThat(answer.status()).as("GET /v3/asyncapi").isEqualTo(200);
        this.document = answer.json();
        this.json = json;
    }

    /** The records of each topic the document names, found on the classpath independently of the document. */
    public Map<String, List<Class<?>>> recordsOfDocumentedTopics() {
        Map<String, List<Class<?>>> records = new HashMap<>();
        Set<String> topics = new HashSet<>();
        document.path("channels").properties().forEach(c -> topics.add(c.getValue().path("address").asString()));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("fr\\.cls\\..*\\.events\\.[^.]+")));
        Map<String, String> topicOfPackage = new HashMap<>();
        List<Class<?>> candidates = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("fr.cls")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader());
            String topic = constant(type, "TOPIC");
            if (topic != null) {
                topicOfPackage.put(type.getPackageName(), topic);
            } else if (type.isRecord() && constant(type, "TYPE") != null) {
                candidates.add(type);
            }
        }
        candidates.stream().filter(r -> topics.contains(topicOfPackage.get(r.getPackageName())))
                .forEach(r -> records.computeIfAbsent(topicOfPackage.get(r.getPackageName()), t -> new ArrayList<>()).add(r));
        return records;
    }

    public void verify() {
        Map<String, List<Class<?>>> records = recordsOfDocumentedTopics();
        assertThat(records).as("event records of the documented topics").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        records.forEach((topic, types) -> types.forEach(type -> {
            String name = type.getSimpleName();
            JsonNode message = document.path("components").path("messages").path(name);
            soft.assertThat(message.path("name").asString()).as(name + ": its message, named by its type")
                    .isEqualTo(constant(type, "TYPE"));
            soft.assertThat(document.path("channels").path(topic).path("messages").has(name))
                    .as(name + " is a message of channel " + topic).isTrue();
            JsonNode schema = document.path("components").path("schemas").path(name);
            for (RecordComponent component : type.getRecordComponents()) {
                soft.assertThat(schema.path("properties").has(component.getName()))
                        .as(name + "." + component.getName() + " is in the schema").isTrue();
            }
            JsonNode sample = json.valueToTree(sample(type));
            List<String> errors = new ArrayList<>();
            validate(sample, schema, name, errors);
            soft.assertThat(errors).as(name + ": a sample written by the service's JSON mapper fits the schema").isEmpty();
        }));
        soft.assertAll();
    }

    /** A JSON Schema check of the keywords the platform's schemas use; a schema without a type fails. */
    void validate(JsonNode value, JsonNode schema, String at, List<String> errors) {
        if (schema.has("$ref")) {
            validate(value, resolve(schema.path("$ref").asString()), at, errors);
            return;
        }
        if (schema.has("allOf")) {
            schema.path("allOf").forEach(part -> validate(value, part, at, errors));
            return;
        }
        if (schema.has("const")) {
            if (!schema.path("const").equals(value)) {
                errors.add(at + ": not " + schema.path("const"));
            }
            return;
        }
        if (!schema.has("type")) {
            errors.add(at + ": the schema has no type");
            return;
        }
        Set<String> types = new HashSet<>();
        if (schema.path("type").isArray()) {
            schema.path("type").forEach(t -> types.add(t.asString()));
        } else {
            types.add(schema.path("type").asString());
        }
        String actual = typeOf(value);
        if (!types.contains(actual) && !("integer".equals(actual) && types.contains("number"))) {
            errors.add(at + ": is " + actual + ", the schema says " + types);
            return;
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean listed = false;
            for (JsonNode allowed : schema.path("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                errors.add(at + ": " + value + " is not among " + schema.path("enum"));
            }
        }
        String format = schema.path("format").asString("");
        if (value.isString() && !format.isEmpty()) {
            try {
                switch (format) {
                    case "uuid" -> UUID.fromString(value.asString());
                    case "date" -> LocalDate.parse(value.asString());
                    case "date-time" -> OffsetDateTime.parse(value.asString());
                    default -> { }
                }
            } catch (RuntimeException e) {
                errors.add(at + ": " + value + " is not a " + format);
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asString())) {
                    errors.add(at + "." + r.asString() + ": required, missing");
                }
            });
            for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode property = schema.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    validate(field.getValue(), property, at + "." + field.getKey(), errors);
                } else if (schema.path("additionalProperties").isObject()) {
                    if (schema.has("propertyNames") && !field.getKey().matches(schema.path("propertyNames").path("pattern").asString())) {
                        errors.add(at + ": key " + field.getKey() + " does not match " + schema.path("propertyNames"));
                    }
                    validate(field.getValue(), schema.path("additionalProperties"), at + "." + field.getKey(), errors);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                    errors.add(at + "." + field.getKey() + ": not in the schema");
                }
            }
        }
        if (value.isArray()) {
            int i = 0;
            for (JsonNode item : value) {
                validate(item, schema.path("items"), at + "[" + i++ + "]", errors);
            }
        }
    }

    private JsonNode resolve(String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return "string";
    }

    /** An instance with every field set (collections of one element), so every schema is exercised. */
    static Object sample(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleOf(components[i].getGenericType());
        }
        try {
            var constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + record.getName(), e);
        }
    }

    private static Object sampleOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(sampleOf(arguments[0]));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return List.of(sampleOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(sampleOf(arguments[0]), sampleOf(arguments[1]));
            }
            return sampleOf(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "sample";
        }
        if (c == UUID.class) {
            return UUID.fromString("4b0c1d9e-0f57-4bb5-9d44-5d8a3c1e7f10");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 3, 31);
        }
        if (c == LocalDateTime.class) {
            return LocalDateTime.of(2026, 3, 31, 10, 0);
        }
        if (c == Instant.class) {
            return Instant.parse("2026-03-31T08:00:00Z");
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 3, 31, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        }
        if (c == int.class || c == Integer.class) {
            return 2026;
        }
        if (c == long.class || c == Long.class) {
            return 42L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == double.class || c == Double.class) {
            return 1.5d;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("12500.50");
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            return sample(c);
        }
        throw new IllegalArgumentException("no sample for " + c.getName() + ": add one to EventSchemaCheck");
    }

    private static String constant(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class ? (String) field.get(null) : null;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return null;
        }
    }
}
