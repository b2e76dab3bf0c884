package fr.cls.funding.rules;

import fr.cls.platform.context.Actor;

/**
 * Someone who acted on a request, as recorded: a token's issuer and subject together.
 *
 * @param issuer null for what was recorded before issuers were kept
 */
public record Person(String issuer, String subject) {

    public static Person of(Actor actor) {
        return new Person(actor.issuer(), actor.subject());
    }

    public boolean same(Person other) {
        return other != null && Actor.samePerson(issuer, subject, other.issuer, other.subject);
    }
}
