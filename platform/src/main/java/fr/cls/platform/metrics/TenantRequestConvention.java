package fr.cls.platform.metrics;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Requests and errors per tenant and route: {@code http.server.requests} gets a {@code tenant} tag. The tenant is
 * the one of the validated token (so the tag's values are the directory's tenants, a bounded set), read from a
 * request attribute because the tenant context is cleared before the request's observation stops; {@code none}
 * for a request without a valid token.
 */
public class TenantRequestConvention extends DefaultServerRequestObservationConvention {

    /** The request attribute that carries the token's tenant, set by the platform's security filter. */
    public static final String TENANT_ATTRIBUTE = "fr.cls.platform.tenant";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object tenant = context.getCarrier() == null ? null : context.getCarrier().getAttribute(TENANT_ATTRIBUTE);
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of("tenant", tenant instanceof String name && !name.isBlank() ? name : "none"));
    }
}
