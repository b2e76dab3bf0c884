package fr.cls.platform.context;

import java.util.List;
import java.util.Objects;

/**
 * Who performs the current unit of work. A person is their issuer and subject together: two issuers trusted by
 * one tenant may each have a user with the same {@code sub}, and they are two people.
 *
 * @param issuer the token's issuer ({@code iss}), or empty when the authentication carries none (anonymous)
 * @param subject the authenticated principal's name, or {@value CurrentActor#ANONYMOUS}
 * @param roles the principal's roles without the {@code ROLE_} prefix, sorted
 */
public record Actor(String issuer, String subject, List<String> roles) {

    public Actor {
        issuer = issuer == null ? "" : issuer;
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? List.of() : roles.stream().sorted().toList();
    }
}
