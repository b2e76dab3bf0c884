package fr.cls.platform.context;

import java.util.List;
import java.util.Objects;

/**
 * Who performs the current unit of work.
 *
 * @param subject the authenticated principal's name, or {@value CurrentActor#ANONYMOUS}
 * @param roles the principal's roles without the {@code ROLE_} prefix, sorted
 * @param issuer the token's issuer ({@code iss}); null when the principal came from no token. Two issuers may give
 *        the same subject to two people, so a person is issuer and subject together ({@link #samePersonAs})
 */
public record Actor(String subject, List<String> roles, String issuer) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? List.of() : roles.stream().sorted().toList();
    }

    public Actor(String subject, List<String> roles) {
        this(subject, roles, null);
    }

    /**
     * Whether two (issuer, subject) pairs name the same person. An unknown issuer (records from before issuers were
     * kept) matches any issuer: when in doubt, it is the same person.
     */
    public static boolean samePerson(String issuer, String subject, String otherIssuer, String otherSubject) {
        return subject != null && subject.equals(otherSubject)
                && (issuer == null || otherIssuer == null || issuer.equals(otherIssuer));
    }

    public boolean samePersonAs(String otherIssuer, String otherSubject) {
        return samePerson(issuer, subject, otherIssuer, otherSubject);
    }
}
