package fr.cls.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes envelopes as JSON; a message that is not a valid envelope is poison, never retried. */
public class EventCodec {

    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    public String encode(EventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    public EventEnvelope decode(String raw) {
        try {
            return json.readValue(raw, EventEnvelope.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("not a valid event envelope: " + e.getMessage(), e);
        }
    }

    /** Binds the payload to the consumer's own view of it (consumers never share the producer's classes). */
    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.data(), type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonEventException("payload of " + envelope.type() + " does not match " + type.getSimpleName(), e);
        }
    }

    JsonMapper mapper() {
        return json;
    }
}
