package fr.cls.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The W3C {@code traceparent} of the current span, to store with work that runs later on another thread (an outbox
 * row, a queued email or webhook), and the way back: a span that continues such a stored trace. Without tracing
 * (no tracer, or the trace not sampled) the stored value is null and work runs as it would without it.
 */
public class TraceContexts {

    /** The W3C header, also the CloudEvents distributed-tracing extension's attribute name. */
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** @return the current span's {@code traceparent}, or null when no span is current */
    public String currentTraceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The current trace id, for a header or a log line (null when no span is current). */
    public String currentTraceId() {
        TraceContext context = tracer.currentTraceContext().context();
        return context == null ? null : context.traceId();
    }

    /**
     * Runs the work in a new span, child of the stored {@code traceparent} (a new trace when it is null or
     * unreadable), so its logs and calls belong to the trace that queued it.
     */
    public <T> T continueTrace(String traceparent, String spanName, Supplier<T> work) {
        Span.Builder builder = traceparent == null || traceparent.isBlank()
                ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), (carrier, key) -> carrier.get(key));
        Span span = builder.name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** {@link #continueTrace(String, String, Supplier)} for work without a result. */
    public void continueTrace(String traceparent, String spanName, Runnable work) {
        continueTrace(traceparent, spanName, () -> {
            work.run();
            return null;
        });
    }
}
