package fr.cls.platform.security;

import org.springframework.security.access.AccessDeniedException;

/** A token claims a role its tenant may not hold: 403, naming the role, whatever the route. */
class RoleNotHeldByTenant extends AccessDeniedException {

    private final String role;
    private final String tenant;

    RoleNotHeldByTenant(String role, String tenant) {
        super("tenant " + tenant + " may not hold the role " + role + " (see the tenant directory)");
        this.role = role;
        this.tenant = tenant;
    }

    String role() {
        return role;
    }

    String tenant() {
        return tenant;
    }
}
