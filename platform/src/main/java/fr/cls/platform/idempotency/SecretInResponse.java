package fr.cls.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method whose answer carries a secret (a webhook signing secret...): the {@code Idempotency-Key}
 * record keeps the answer without these top-level JSON fields, so a secret is never stored in
 * {@code idempotent_request}; a replay answers the rest, without the secret.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SecretInResponse {

    /** The top-level fields of the JSON answer that hold a secret. */
    String[] value();
}
