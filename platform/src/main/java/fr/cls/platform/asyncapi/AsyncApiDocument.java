package fr.cls.platform.asyncapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cls.platform.events.EventEnvelope;

/**
 * A service's AsyncAPI 3.0 document: the topics it publishes (send) and reads (receive), each event a CloudEvents
 * envelope ({@link EventEnvelope}) whose {@code data} is the event record's schema; with webhooks, the same
 * envelopes POSTed to a tenant's endpoints.
 */
public final class AsyncApiDocument {

    public static final String ENVELOPE = "CloudEventEnvelope";

    private AsyncApiDocument() {
    }

    /**
     * @param produces topics the service publishes
     * @param consumes topics the service reads
     * @param webhooks whether the service pushes the events it reads to webhooks (notification-service)
     */
    public static Map<String, Object> of(String application, EventCatalog catalog, List<String> produces,
            List<String> consumes, boolean webhooks) {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put(ENVELOPE, envelope());
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Set<String> topics = new LinkedHashSet<>(produces);
        topics.addAll(consumes);
        for (String topic : topics) {
            List<EventCatalog.Event> events = catalog.events(topic);
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            for (EventCatalog.Event event : events) {
                String name = event.payload().getSimpleName();
                schemas.put(name, JsonSchemas.of(event.payload()));
                messages.put(name, message(event, name));
                channelMessages.put(name, ref("#/components/messages/" + name));
            }
            channels.put(topic, Map.of("address", topic, "title", topic,
                    "description", "Kafka topic, keyed by the aggregate id (docs/events.md)", "messages", channelMessages));
            if (produces.contains(topic)) {
                operations.put("send-" + topic, operation("send", topic, channelMessages.keySet()));
            }
            if (consumes.contains(topic)) {
                operations.put("receive-" + topic, operation("receive", topic, channelMessages.keySet()));
            }
        }
        if (webhooks) {
            Map<String, Object> all = new LinkedHashMap<>();
            consumes.forEach(topic -> catalog.events(topic).forEach(event -> all.put(event.payload().getSimpleName(),
                    ref("#/components/messages/" + event.payload().getSimpleName()))));
            channels.put("webhooks", Map.of("address", "{url}", "title", "webhook endpoints",
                    "description", "A tenant's registered URL: each event the endpoint subscribed to, POSTed as its "
                            + "envelope, signed (Standard Webhooks headers; docs/webhooks.md)",
                    "parameters", Map.of("url", Map.of("description", "the endpoint's registered URL")),
                    "messages", all,
                    "bindings", Map.of("http", Map.of("bindingVersion", "0.3.0"))));
            Map<String, Object> deliver = operation("send", "webhooks", all.keySet());
            deliver.put("bindings", Map.of("http", Map.of("method", "POST", "bindingVersion", "0.3.0")));
            operations.put("deliver-webhooks", deliver);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", "3.0.0");
        document.put("info", Map.of("title", application + " events", "version", "v1",
                "description", "Events of " + application + ": CloudEvents 1.0 envelopes in structured JSON mode. "
                        + "Schemas are generated from the event records; docs/events.md explains each event."));
        document.put("defaultContentType", "application/cloudevents+json");
        document.put("channels", channels);
        document.put("operations", operations);
        document.put("components", Map.of("schemas", schemas, "messages", messages));
        return document;
    }

    private static Map<String, Object> message(EventCatalog.Event event, String name) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("allOf", List.of(ref("#/components/schemas/" + ENVELOPE), Map.of("type", "object",
                "properties", Map.of("type", Map.of("const", event.type()),
                        "data", ref("#/components/schemas/" + name)))));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", event.type());
        message.put("title", name);
        message.put("contentType", "application/cloudevents+json");
        message.put("payload", payload);
        return message;
    }

    private static Map<String, Object> operation(String action, String channel, Set<String> messageNames) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("action", action);
        operation.put("channel", ref("#/channels/" + channel));
        List<Object> refs = new ArrayList<>();
        messageNames.forEach(name -> refs.add(ref("#/channels/" + channel + "/messages/" + name)));
        operation.put("messages", refs);
        return operation;
    }

    /** The envelope, from its record; {@code data} is the event's own schema. */
    private static Map<String, Object> envelope() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("title", "CloudEvents 1.0 envelope");
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var component : EventEnvelope.class.getRecordComponents()) {
            properties.put(component.getName(), "data".equals(component.getName())
                    ? Map.of("type", "object", "description", "the event's payload (its own schema)")
                    : JsonSchemas.ofComponent(component));
        }
        schema.put("properties", properties);
        schema.put("required", List.of("specversion", "id", "source", "type", "subject", "time", "tenantid", "data"));
        return schema;
    }

    private static Map<String, Object> ref(String to) {
        return Map.of("$ref", to);
    }
}
