package fr.cls.notification.subscription;

import java.util.List;

import fr.cls.notification.person.Person;
import fr.cls.notification.setting.Language;

/**
 * A person as their token describes them (claims iss, sub, email, name, roles); the tenant is the context's.
 * A null issuer (the demo seed) is a subscriber recorded without one; {@code language} (claim locale) null when
 * unknown.
 */
public record Identity(String issuer, String subject, String email, String displayName, List<String> roles,
        Language language) {

    public Identity {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Identity(String issuer, String subject, String email, String displayName, List<String> roles) {
        this(issuer, subject, email, displayName, roles, null);
    }

    public Person person() {
        return new Person(issuer, subject);
    }
}
