/**
 * {@code Idempotency-Key} on POST requests: a retry with the same key and body gets the first response again
 * without running the handler twice, and only to the caller it was given to: keys are scoped by tenant, issuer,
 * subject, roles, method and path, and expire. Answers carrying a secret are stored without it.
 */
package fr.cls.platform.idempotency;
