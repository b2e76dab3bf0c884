package fr.cls.platform.context;

import java.util.List;
import java.util.Objects;

/**
 * Who performs the current unit of work.
 *
 * @param subject the authenticated principal's name, or {@value CurrentActor#ANONYMOUS}
 * @param roles the principal's roles without the {@code ROLE_} prefix, sorted
 */
public record Actor(String subject, List<String> roles) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? List.of() : roles.stream().sorted().toList();
    }
}
