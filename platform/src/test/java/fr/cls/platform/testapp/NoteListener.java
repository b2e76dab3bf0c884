package fr.cls.platform.testapp;

import org.springframework.kafka.annotation.KafkaListener;

import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;
import fr.cls.platform.tracing.TraceContexts;

/** A consumer as a service writes one: typed routes through the inbox, the payload bound to its own record. */
class NoteListener {

    private final EventRoutes routes;
    private final Notes notes;
    private final TraceContexts traces;
    private final HandlerTraces handlerTraces;

    NoteListener(EventInbox inbox, Notes notes, TraceContexts traces, HandlerTraces handlerTraces) {
        this.notes = notes;
        this.traces = traces;
        this.handlerTraces = handlerTraces;
        this.routes = inbox.routes(PlatformTestApplication.CONSUMER).on(NoteAdded.class, this::apply);
    }

    @KafkaListener(topics = PlatformTestApplication.TOPIC, groupId = PlatformTestApplication.CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void apply(EventEnvelope event, NoteAdded added) {
        notes.insert(added.id(), event.tenantid(), added.text());
        handlerTraces.record(added.text(), traces.currentTraceId());
    }

    /** The event's payload. */
    public record NoteAdded(java.util.UUID id, String text) {
        public static final String TYPE = PlatformTestApplication.NOTE_ADDED;
    }
}
