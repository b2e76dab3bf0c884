package fr.cls.notification.person;

import java.util.Objects;

/**
 * A person of the current tenant: the issuer of their account and its subject. A null issuer is a record from
 * before issuers were kept (see {@link People}).
 */
public record Person(String issuer, String subject) {

    public Person {
        issuer = issuer == null || issuer.isBlank() ? null : issuer;
        Objects.requireNonNull(subject, "subject");
    }
}
