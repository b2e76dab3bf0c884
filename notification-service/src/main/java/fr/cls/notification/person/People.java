package fr.cls.notification.person;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.cls.platform.context.TenantContext;
import fr.cls.tenancy.TenantDirectory;

/**
 * Whether two records name the same person of the current tenant. With both issuers known: same issuer and
 * subject. A record without issuer (from before) matches on the subject only while the tenant trusts a single
 * issuer (and it is the other record's, when that one has an issuer): with several, it could be either namesake.
 */
@Component
public class People {

    private final TenantDirectory tenants;

    People(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    public boolean same(Person a, Person b) {
        if (!a.subject().equals(b.subject())) {
            return false;
        }
        if (a.issuer() != null && b.issuer() != null) {
            return a.issuer().equals(b.issuer());
        }
        List<String> trusted = trustedIssuers();
        String known = a.issuer() != null ? a.issuer() : b.issuer();
        return trusted.size() == 1 && (known == null || trusted.get(0).equals(known));
    }

    /** Whether records without issuer and with this person's subject are theirs (for queries: issuer is null or …). */
    public boolean ownsRecordsWithoutIssuer(Person person) {
        return person.issuer() != null && trustedIssuers().equals(List.of(person.issuer()));
    }

    /** The current tenant's only issuer, or null when it trusts several (or none). */
    public String soleIssuer() {
        List<String> trusted = trustedIssuers();
        return trusted.size() == 1 ? trusted.get(0) : null;
    }

    private List<String> trustedIssuers() {
        return tenants.find(TenantContext.require()).map(t -> t.issuers()).orElse(List.of());
    }
}
