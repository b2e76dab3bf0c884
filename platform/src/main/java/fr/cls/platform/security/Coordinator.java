package fr.cls.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import fr.cls.platform.context.Actor;

/**
 * A coordinator named on a contract: a person, so the issuer and the subject of their account together.
 *
 * @param issuer the issuer of the account, or null for a coordinator named before issuers were recorded (legacy)
 * @param subject the token subject of the account
 */
public record Coordinator(String issuer, String subject) {

    public Coordinator {
        Objects.requireNonNull(subject, "subject");
        issuer = issuer == null || issuer.isBlank() ? null : issuer;
    }

    /**
     * The coordinators of two aligned lists (as the {@code cls.contract.profile.v1} event and the services' copies
     * keep them): the issuer at the same position as the subject, null where there is none (records from before
     * issuers were published). The same pairing as SQL's {@code unnest(coordinators, coordinator_issuers)}.
     */
    public static List<Coordinator> of(Collection<String> subjects, Collection<String> issuers) {
        if (subjects == null) {
            return List.of();
        }
        List<String> s = List.copyOf(subjects);
        List<String> i = issuers == null ? List.of() : new ArrayList<>(issuers);
        List<Coordinator> coordinators = new ArrayList<>(s.size());
        for (int n = 0; n < s.size(); n++) {
            coordinators.add(new Coordinator(n < i.size() ? i.get(n) : null, s.get(n)));
        }
        return List.copyOf(coordinators);
    }

    /**
     * Whether this coordinator is the actor: the same subject from the same issuer. A coordinator recorded without
     * issuer is recognised on the subject only while the owner tenant trusts the actor's issuer alone
     * ({@link CoordinatedContracts#legacyRecognised}).
     */
    public boolean is(Actor actor, Collection<String> tenantIssuers) {
        if (!subject.equals(actor.subject())) {
            return false;
        }
        return issuer == null ? CoordinatedContracts.legacyRecognised(actor, tenantIssuers) : issuer.equals(actor.issuer());
    }
}
