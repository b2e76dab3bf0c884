package fr.cls.platform.rolefixture;

import org.springframework.security.access.prepost.PreAuthorize;

import fr.cls.platform.security.Roles;

/** Authorizes with the shared expressions only. */
@PreAuthorize(Roles.IS_FUNDER_STAFF)
public class SharedExpressions {

    @PreAuthorize(Roles.IS_APPROVER)
    public void decide() {
    }
}
