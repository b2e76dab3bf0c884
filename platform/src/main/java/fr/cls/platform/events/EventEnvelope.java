package fr.cls.platform.events;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 message (structured JSON mode) plus the platform's extensions: the owner tenant and the
 * correlation id of the request that caused it. The event id doubles as the consumers' idempotency key.
 *
 * @param type versioned, e.g. {@code cls.contract.initiated.v1}
 * @param subject the aggregate the event is about (a contract id); also the Kafka key
 */
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String tenantid,
        String correlationid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireText(subject, "subject");
        requireText(tenantid, "tenantid");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("unsupported specversion " + specversion);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
