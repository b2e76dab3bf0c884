package fr.cls.notification.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are dispatched ({@code cls.notification.webhooks.*}); every value has a production default and tests
 * shrink the delays.
 *
 * @param dispatchInterval how often pending deliveries are looked for (new events also wake the dispatcher at once)
 * @param batchSize deliveries claimed per tenant and pass
 * @param lease how long a claimed delivery is hidden from other dispatchers (several instances)
 * @param connectTimeout TCP connect timeout of a call
 * @param readTimeout time allowed for the receiver's answer
 * @param retry attempts made in one dispatch, with exponential backoff between them (Resilience4j Retry)
 * @param redelivery delay before the next dispatch of a delivery that failed, doubled each time
 * @param deadAfter failed attempts after which a delivery goes to the dead-letter list
 * @param circuit the circuit breaker of each endpoint
 * @param rotationOverlap how long the previous secret still signs after a rotation, unless the request says otherwise
 * @param maxEndpoints endpoints a tenant may keep (not deleted): bounds its work and the metrics tagged per endpoint
 */
@ConfigurationProperties("cls.notification.webhooks")
public record WebhookSettings(Duration dispatchInterval, Integer batchSize, Duration lease, Duration connectTimeout,
        Duration readTimeout, Retry retry, Backoff redelivery, Integer deadAfter, Circuit circuit,
        Duration rotationOverlap, Integer maxEndpoints) {

    public WebhookSettings {
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(5) : dispatchInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        retry = retry == null ? new Retry(null, null, null) : retry;
        redelivery = redelivery == null ? new Backoff(null, null) : redelivery;
        deadAfter = deadAfter == null ? 12 : deadAfter;
        circuit = circuit == null ? new Circuit(null, null, null, null) : circuit;
        rotationOverlap = rotationOverlap == null ? Duration.ofHours(24) : rotationOverlap;
        maxEndpoints = maxEndpoints == null ? 20 : maxEndpoints;
    }

    public record Retry(Integer maxAttempts, Duration initialBackoff, Double multiplier) {

        public Retry {
            maxAttempts = maxAttempts == null ? 3 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
        }
    }

    public record Backoff(Duration initial, Duration max) {

        public Backoff {
            initial = initial == null ? Duration.ofSeconds(30) : initial;
            max = max == null ? Duration.ofHours(1) : max;
        }

        /** The delay after the n-th failed dispatch (n from 1). */
        Duration after(int failedDispatches) {
            long factor = 1L << Math.min(Math.max(failedDispatches - 1, 0), 20);
            Duration delay = initial.multipliedBy(factor);
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }

    /** Count-based window of the last calls to one endpoint. */
    public record Circuit(Integer slidingWindow, Integer minimumCalls, Float failureRateThreshold, Duration waitInOpen) {

        public Circuit {
            slidingWindow = slidingWindow == null ? 10 : slidingWindow;
            minimumCalls = minimumCalls == null ? 5 : minimumCalls;
            failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
            waitInOpen = waitInOpen == null ? Duration.ofMinutes(1) : waitInOpen;
        }
    }
}
