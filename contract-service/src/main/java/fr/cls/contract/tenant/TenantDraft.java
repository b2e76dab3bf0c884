package fr.cls.contract.tenant;

import java.util.List;
import java.util.Set;

import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantKind;

/** What an operator states about a tenant; its id, version and suspension are the directory's to keep. */
public record TenantDraft(TenantKind kind, String name, String inseeCode, List<String> issuers,
        List<String> integrationClients, Tenant.RateLimit rateLimit, Set<String> roles) {

    public TenantDraft {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        integrationClients = integrationClients == null ? List.of() : List.copyOf(integrationClients);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    Tenant toTenant(String id, boolean suspended, long version) {
        return new Tenant(id, kind, name.strip(), inseeCode, issuers, rateLimit, integrationClients, roles, suspended,
                version);
    }
}
