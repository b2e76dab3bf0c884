package fr.cls.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import fr.cls.platform.context.TenantContext;

/**
 * Puts the request's tenant in {@link TenantContext} for the request and removes it afterwards.
 * Walking skeleton: the tenant comes from the {@value #HEADER} header; the identity work replaces this with
 * the tenant claim of a validated JWT. API calls without a valid tenant are refused.
 */
class TenantRequestFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Tenant-Id";

    private final ProblemWriter problems;

    TenantRequestFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tenant = request.getHeader(HEADER);
        if (tenant == null || !TenantContext.TENANT_ID.matcher(tenant).matches()) {
            problems.write(response, 401, "Unauthenticated", "the request does not say which tenant it acts for");
            return;
        }
        TenantContext.set(tenant);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
