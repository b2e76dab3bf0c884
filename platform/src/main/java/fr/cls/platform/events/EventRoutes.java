package fr.cls.platform.events;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One consumer's typed event handlers, declared once ({@code inbox.routes(CONSUMER).on(ContractInitiatedV1.class,
 * this::initiated)}) and fed each raw message ({@link #handle(String)}). Every message goes through the inbox, as
 * before: the tenant and correlation id of the envelope are set, the handlers run once in the inbox's transaction,
 * and a message that cannot be read or bound is poison (dead letter at once). Every route whose type matches runs,
 * in the order declared; a type no route names is recorded as processed and otherwise ignored.
 */
public final class EventRoutes {

    /** A handler that also needs the envelope: its tenant, id, time or correlation id. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(EventEnvelope envelope, T payload);
    }

    private record Route(Predicate<String> types, BiConsumer<EventEnvelope, String> handler) {
    }

    private final String consumer;
    private final EventInbox inbox;
    private final List<Route> routes = new ArrayList<>();

    EventRoutes(String consumer, EventInbox inbox) {
        this.consumer = consumer;
        this.inbox = inbox;
    }

    /** Matches every event type of the consumed topics. */
    public static Predicate<String> anyType() {
        return type -> true;
    }

    /** Events of the payload's {@code TYPE} constant, bound to it. */
    public <T> EventRoutes on(Class<T> payload, Consumer<? super T> handler) {
        return on(payload, (envelope, event) -> handler.accept(event));
    }

    /** Events of the payload's {@code TYPE} constant, bound to it, with their envelope. */
    public <T> EventRoutes on(Class<T> payload, Handler<? super T> handler) {
        return onAny(typeOf(payload)::equals, payload, handler);
    }

    /** A family of types sharing one payload (e.g. {@code ContractTransitionedV1::isTransition}). */
    public <T> EventRoutes onAny(Predicate<String> types, Class<T> payload, Handler<? super T> handler) {
        return add(types, (envelope, raw) -> handler.handle(envelope, inbox.payload(envelope, payload)));
    }

    /** The envelope alone, whatever its payload (e.g. a log of every event). */
    public EventRoutes onAny(Predicate<String> types, Consumer<EventEnvelope> handler) {
        return add(types, (envelope, raw) -> handler.accept(envelope));
    }

    /** The envelope and the message exactly as received, for a handler that passes it on unchanged. */
    public EventRoutes onAnyAsReceived(Predicate<String> types, BiConsumer<EventEnvelope, String> handler) {
        return add(types, handler);
    }

    /** @return true if the handlers ran, false if this consumer had already processed the event */
    public boolean handle(String rawEnvelope) {
        return inbox.handle(consumer, rawEnvelope, envelope -> {
            for (Route route : routes) {
                if (route.types().test(envelope.type())) {
                    route.handler().accept(envelope, rawEnvelope);
                }
            }
        });
    }

    public String consumer() {
        return consumer;
    }

    private EventRoutes add(Predicate<String> types, BiConsumer<EventEnvelope, String> handler) {
        routes.add(new Route(types, handler));
        return this;
    }

    /** The event type a payload record names in its {@code public static final String TYPE}. */
    static String typeOf(Class<?> payload) {
        try {
            Field field = payload.getField("TYPE");
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                field.trySetAccessible(); // a consumer's own record may be package-private
                return (String) field.get(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // reported below
        }
        throw new IllegalArgumentException(payload.getName()
                + " declares no public static String TYPE: name its types with onAny");
    }
}
