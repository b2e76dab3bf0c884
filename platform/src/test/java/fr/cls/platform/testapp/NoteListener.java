package fr.cls.platform.testapp;

import org.springframework.kafka.annotation.KafkaListener;

import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;

/** A consumer as a service writes one: through the inbox, the payload bound to its own record. */
class NoteListener {

    private final EventInbox inbox;
    private final Notes notes;

    NoteListener(EventInbox inbox, Notes notes) {
        this.inbox = inbox;
        this.notes = notes;
    }

    @KafkaListener(topics = PlatformTestApplication.TOPIC, groupId = PlatformTestApplication.CONSUMER)
    void on(String envelope) {
        inbox.handle(PlatformTestApplication.CONSUMER, envelope, this::apply);
    }

    private void apply(EventEnvelope event) {
        NoteAdded added = inbox.payload(event, NoteAdded.class);
        notes.insert(added.id(), event.tenantid(), added.text());
    }

    /** The event's payload. */
    public record NoteAdded(java.util.UUID id, String text) {
    }
}
