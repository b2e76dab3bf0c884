package fr.cls.platform.events;

import java.util.Map;

/**
 * The one service allowed to publish on each topic. Broker ACLs keep other services from writing there; this
 * check keeps a consumer from believing a record that claims to come from elsewhere (a leaked credential, a
 * mis-granted ACL, a replayed copy), so a forged tenant or payload is never acted on.
 */
public class EventSources {

    private final Map<String, String> producers;

    public EventSources(Map<String, String> producers) {
        this.producers = Map.copyOf(producers);
    }

    /** @throws PoisonEventException if {@code topic} has no known producer or the envelope names another source */
    public void verify(String topic, EventEnvelope envelope) {
        String expected = producers.get(topic);
        if (expected == null) {
            throw new PoisonEventException("event " + envelope.id() + " refused: topic " + topic
                    + " has no producer configured (cls.events.producers)", null);
        }
        if (!expected.equals(envelope.source())) {
            throw new PoisonEventException("event " + envelope.id() + " refused: source " + envelope.source()
                    + " is not the producer of " + topic + " (" + expected + ")", null);
        }
    }
}
