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

    /**
     * Whether two (issuer, subject) pairs name the same person. An unknown (null or empty) issuer, as on records
     * from before issuers were kept, matches any issuer: when in doubt, it is the same person.
     */
    public static boolean samePerson(String issuer, String subject, String otherIssuer, String otherSubject) {
        return subject != null && subject.equals(otherSubject)
                && (isUnknown(issuer) || isUnknown(otherIssuer) || issuer.equals(otherIssuer));
    }

    public boolean samePersonAs(String otherIssuer, String otherSubject) {
        return samePerson(issuer, subject, otherIssuer, otherSubject);
    }

    private static boolean isUnknown(String issuer) {
        return issuer == null || issuer.isEmpty();
    }
}
