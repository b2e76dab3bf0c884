package fr.cls.notification.subscription;

import java.util.List;

import fr.cls.notification.person.Person;

/**
 * A person as their token describes them (claims iss, sub, email, name, roles); the tenant is the context's.
 * A null issuer (the demo seed) is a subscriber recorded without one.
 */
public record Identity(String issuer, String subject, String email, String displayName, List<String> roles) {

    public Identity {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Person person() {
        return new Person(issuer, subject);
    }
}
