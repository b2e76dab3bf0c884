package fr.cls.platform.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import fr.cls.tenancy.TenantDirectory;

class TenantJobsTest {

    final TenantDirectory directory = new TenantDirectory(new ByteArrayResource("""
            tenants:
              - {id: platform, kind: PLATFORM, name: Operators}
              - {id: ars-bretagne, kind: ARS, name: ARS Bretagne}
              - {id: cd-53, kind: DEPARTEMENT, name: Mayenne}
              - {id: ars-paca, kind: ARS, name: ARS PACA}
            """.getBytes()), s -> s);

    @Test
    void runsOncePerDataOwningTenantWithItsContextAndClearsItAfterwards() {
        List<String> seen = new ArrayList<>();

        new TenantJobs(directory).forEachTenant("test", tenant -> seen.add(tenant.id() + "=" + TenantContext.require()));

        assertThat(seen).containsExactlyInAnyOrder("ars-bretagne=ars-bretagne", "cd-53=cd-53", "ars-paca=ars-paca");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void oneTenantsFailureDoesNotStopTheOthersNorLeakItsContext() {
        List<String> seen = new ArrayList<>();

        int failed = new TenantJobs(directory).forEachTenant("test", tenant -> {
            if (tenant.id().equals("cd-53")) {
                throw new IllegalStateException("boom");
            }
            seen.add(TenantContext.require());
        });

        assertThat(failed).isEqualTo(1);
        assertThat(seen).containsExactlyInAnyOrder("ars-bretagne", "ars-paca");
        assertThat(TenantContext.current()).isEmpty();
    }
}
