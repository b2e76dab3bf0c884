package fr.cls.notification.webhook;

import java.time.Instant;

/** What one HTTP attempt gave, before it is recorded. */
record WebhookCall(Instant at, boolean succeeded, Integer statusCode, long durationMs, String error) {
}
