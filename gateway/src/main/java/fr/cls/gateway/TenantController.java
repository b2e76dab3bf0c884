package fr.cls.gateway;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;

/** The tenant directory, read-only: who is on the platform. Operators also see issuers and limits. */
@RestController
class TenantController {

    private final TenantDirectory tenants;

    TenantController(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/tenants")
    List<TenantView> list(Authentication caller) {
        return tenants.all().stream().sorted(Comparator.comparing(Tenant::id))
                .map(t -> TenantView.of(t, isOperator(caller))).toList();
    }

    @GetMapping("/api/v1/tenants/{id}")
    TenantView get(@PathVariable String id, Authentication caller) {
        return tenants.find(id).map(t -> TenantView.of(t, isOperator(caller)))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private static boolean isOperator(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PLATFORM_OPERATOR"));
    }

    record TenantView(String id, String kind, String name, String inseeCode, List<String> issuers,
            Tenant.RateLimit rateLimit) {

        static TenantView of(Tenant t, boolean operator) {
            return new TenantView(t.id(), t.kind().name(), t.name(), t.inseeCode(), operator ? t.issuers() : null,
                    operator ? t.rateLimit() : null);
        }
    }
}
