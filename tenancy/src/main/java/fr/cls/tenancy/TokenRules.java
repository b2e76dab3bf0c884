package fr.cls.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What a token must say to act on the platform, the same at the gateway and in every service (defence in
 * depth): signed by a trusted issuer, with an expiry and not expired, meant for us, and naming a tenant that
 * trusts its issuer and is not suspended (else 401); then {@link #refusedRole} (else 403).
 */
public final class TokenRules {

    public static final String AUDIENCE = "cls-platform";
    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";

    private TokenRules() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, TenantDirectory tenants) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                // The default timestamp check passes a token without exp: such a token would never expire.
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Collection<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE)),
                jwt -> tenantTrustsIssuer(jwt, tenants));
    }

    private static OAuth2TokenValidatorResult tenantTrustsIssuer(Jwt jwt, TenantDirectory tenants) {
        String tenant = jwt.getClaimAsString(TENANT_CLAIM);
        String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
        Optional<Tenant> found = tenants.find(tenant);
        if (found.isEmpty() || !found.get().issuers().contains(issuer)) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "the token's tenant is unknown or does not trust its issuer", null));
        }
        return found.get().suspended() ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "the token's tenant is suspended", null)) : OAuth2TokenValidatorResult.success();
    }

    /**
     * The first role of the token that its tenant may not hold (by kind; {@code INTEGRATION} only for the
     * tenant's declared clients), if any: such a token is refused with 403, whatever the route. Call it on a
     * token that passed {@link #validator} (the tenant exists and trusts the issuer).
     */
    public static Optional<String> refusedRole(Jwt jwt, TenantDirectory tenants) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles == null || roles.isEmpty()) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = tenants.find(jwt.getClaimAsString(TENANT_CLAIM));
        if (tenant.isEmpty()) {
            return Optional.of(roles.get(0));
        }
        String clientId = clientId(jwt);
        return roles.stream().filter(role -> !tenant.get().mayHold(role, clientId)).findFirst();
    }

    /** The OAuth2 client the token was issued to: {@code azp}, else {@code client_id}, else (client credentials) {@code sub}. */
    static String clientId(Jwt jwt) {
        String azp = jwt.getClaimAsString("azp");
        if (azp != null) {
            return azp;
        }
        String clientId = jwt.getClaimAsString("client_id");
        return clientId != null ? clientId : jwt.getSubject();
    }

    /** Roles claim → {@code ROLE_*} authorities. */
    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return roles == null ? List.of()
                : roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
