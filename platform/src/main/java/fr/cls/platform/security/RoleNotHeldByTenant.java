package fr.cls.platform.security;

import org.springframework.security.access.AccessDeniedException;

/** A token claims a role its tenant may not hold: 403, naming the role, whatever the route. */
class RoleNotHeldByTenant extends AccessDeniedException {

    RoleNotHeldByTenant(String role, String tenant) {
        super("tenant " + tenant + " may not hold the role " + role + " (see the tenant directory)");
    }
}
