package fr.cls.notification.subscription;

import java.util.List;

/** A person as their token describes them (claims sub, email, name, roles); the tenant is the context's. */
public record Identity(String subject, String email, String displayName, List<String> roles) {

    public Identity {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
