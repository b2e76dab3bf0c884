package fr.cls.platform.context;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TenantKind;

/**
 * How scheduled work runs: explicitly once per tenant that owns data, with that tenant's context set for the
 * run and cleared after it, so row-level security applies and nothing leaks from one tenant's run to the next.
 * One tenant's failure is logged and does not stop the others.
 */
public class TenantJobs {

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final TenantDirectory tenants;

    public TenantJobs(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** @return how many tenants' runs failed */
    public int forEachTenant(String job, Consumer<Tenant> work) {
        int failed = 0;
        for (Tenant tenant : tenants.all()) {
            if (tenant.kind() == TenantKind.PLATFORM) {
                continue;
            }
            TenantContext.set(tenant.id());
            try {
                work.accept(tenant);
            } catch (RuntimeException e) {
                failed++;
                log.error("job {} failed for tenant {}", job, tenant.id(), e);
            } finally {
                TenantContext.clear();
            }
        }
        return failed;
    }
}
