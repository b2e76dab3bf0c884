/**
 * {@code Idempotency-Key} on POST requests: a retry with the same key and body gets the first response again
 * without running the handler twice; keys are scoped by tenant and expire.
 */
package fr.cls.platform.idempotency;
