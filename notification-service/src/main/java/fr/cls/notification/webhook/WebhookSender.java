package fr.cls.notification.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import fr.cls.platform.outbound.OutboundFailures;
import fr.cls.platform.outbound.OutboundHttp;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Sends one delivery: signed POST of the envelope, retried with exponential backoff (Resilience4j Retry) through the
 * endpoint's own circuit breaker, so that one receiver down neither slows nor trips the others. Every HTTP call made
 * is reported; a call refused by an open circuit is not a call. Calls go through the platform's outbound guard (no
 * internal address, no redirect) and a failure is logged as a fixed phrase ("HTTP 500", "timeout", "address not
 * allowed"…): the log is shown to the tenant and must not describe the platform's network.
 */
@Component
class WebhookSender {

    /** What {@link WebhookDispatcher} hands over: everything needed to send, read in the claiming transaction. */
    /** @param traceparent the trace of the event that caused the delivery (null if it had none) */
    record Dispatch(UUID deliveryId, UUID endpointId, UUID eventId, String url, String payload, List<String> secrets,
            String traceparent) {
    }

    /** The calls made, and whether one of them was answered 2xx. */
    record Outcome(List<WebhookCall> calls, boolean delivered, boolean circuitOpen, String error) {

        Integer lastStatusCode() {
            return calls.isEmpty() ? null : calls.get(calls.size() - 1).statusCode();
        }
    }

    private final RestClient http;
    private final CircuitBreakerRegistry breakers;
    private final Retry retry;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookSender(WebhookSettings settings, Clock clock, OutboundHttp outbound) {
        this.settings = settings;
        this.clock = clock;
        this.http = outbound.restClient(settings.connectTimeout(), settings.readTimeout());
        WebhookSettings.Circuit circuit = settings.circuit();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(circuit.slidingWindow())
                .minimumNumberOfCalls(circuit.minimumCalls())
                .failureRateThreshold(circuit.failureRateThreshold())
                .waitDurationInOpenState(circuit.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(1)
                // Half-open by itself after the wait, so that "is it open?" can be asked without making a call.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordExceptions(WebhookFailure.class)
                .build());
        this.retry = Retry.of("webhooks", RetryConfig.custom()
                .maxAttempts(settings.retry().maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retry().initialBackoff(),
                        settings.retry().multiplier()))
                .retryExceptions(WebhookFailure.class)
                .build());
    }

    /** OPEN, HALF_OPEN, CLOSED… of the endpoint's breaker (CLOSED for an endpoint never called). */
    String circuitState(UUID endpointId) {
        return breaker(endpointId).getState().name();
    }

    boolean circuitOpen(UUID endpointId) {
        CircuitBreaker.State state = breaker(endpointId).getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    Outcome send(Dispatch dispatch) {
        List<WebhookCall> calls = new ArrayList<>();
        CircuitBreaker breaker = breaker(dispatch.endpointId());
        try {
            retry.executeSupplier(() -> breaker.executeSupplier(() -> call(dispatch, calls)));
            return new Outcome(List.copyOf(calls), true, false, null);
        } catch (CallNotPermittedException e) {
            return new Outcome(List.copyOf(calls), false, true, "circuit open: the endpoint failed too often, calls wait");
        } catch (WebhookFailure e) {
            return new Outcome(List.copyOf(calls), false, false, e.getMessage());
        }
    }

    private CircuitBreaker breaker(UUID endpointId) {
        return breakers.circuitBreaker("webhook-" + endpointId);
    }

    private int call(Dispatch dispatch, List<WebhookCall> calls) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        long timestamp = at.getEpochSecond();
        String id = dispatch.eventId().toString();
        try {
            int status = http.post().uri(URI.create(dispatch.url()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("User-Agent", "cls-notification-service")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(id, timestamp, dispatch.payload(), dispatch.secrets()))
                    .body(dispatch.payload().getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> response.getStatusCode().value());
            long duration = elapsedMillis(started);
            if (status >= 200 && status < 300) {
                calls.add(new WebhookCall(at, true, status, duration, null));
                return status;
            }
            String error = OutboundFailures.status(status);
            calls.add(new WebhookCall(at, false, status, duration, error));
            throw new WebhookFailure(error);
        } catch (RestClientException e) {
            String error = OutboundFailures.classify(e);
            calls.add(new WebhookCall(at, false, null, elapsedMillis(started), error));
            throw new WebhookFailure(error);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** A call that did not get a 2xx: counted by the breaker and retried. */
    static final class WebhookFailure extends RuntimeException {

        WebhookFailure(String message) {
            super(message, null, false, false);
        }
    }
}
