package fr.cls.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import fr.cls.gateway.Problems;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TokenRules;
import reactor.core.publisher.Mono;

/**
 * Refuses (403) a token claiming a role its tenant may not hold, on every route including actuator: the same
 * rule ({@link TokenRules#refusedRole}) the services apply behind us.
 */
class TenantRolesFilter implements WebFilter {

    private final TenantDirectory tenants;

    TenantRolesFilter(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken())
                .flatMap(jwt -> Mono.justOrEmpty(TokenRules.refusedRole(jwt, tenants)
                        .map(role -> new String[] { jwt.getClaimAsString(TokenRules.TENANT_CLAIM), role })))
                .flatMap(refused -> Problems.write(exchange, HttpStatus.FORBIDDEN, "role-not-held-by-tenant", (Object[]) refused)
                        .thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(false)))
                .then();
    }
}
