package fr.cls.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.metrics.TenantRequestConvention;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TokenRules;

/**
 * The request acts for the tenant of its validated token, and only for the time of the request. A token
 * claiming a role its tenant may not hold ({@link TokenRules#refusedRole}) is refused here with 403, on every
 * route: the same rule as the gateway's.
 */
class TenantFromTokenFilter extends OncePerRequestFilter {

    private final TenantDirectory tenants;
    private final AccessDeniedHandler forbidden;

    TenantFromTokenFilter(TenantDirectory tenants, AccessDeniedHandler forbidden) {
        this.tenants = tenants;
        this.forbidden = forbidden;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            Optional<String> refused = TokenRules.refusedRole(jwt.getToken(), tenants);
            if (refused.isPresent()) {
                forbidden.handle(request, response,
                        new RoleNotHeldByTenant(refused.get(), jwt.getToken().getClaimAsString(TokenRules.TENANT_CLAIM)));
                return;
            }
            String tenant = jwt.getToken().getClaimAsString(TokenRules.TENANT_CLAIM);
            TenantContext.set(tenant);
            // Outlives the tenant context, for the request's metrics (recorded after this filter has cleared it).
            request.setAttribute(TenantRequestConvention.TENANT_ATTRIBUTE, tenant);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
