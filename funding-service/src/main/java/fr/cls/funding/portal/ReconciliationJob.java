package fr.cls.funding.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.cls.platform.context.TenantJobs;
import fr.cls.platform.jobs.ClusterJobs;

/** Every day, each tenant with a portal has its dossiers reconciled (also on demand through the API). */
@Component
@EnableConfigurationProperties(PortalSettings.class)
class ReconciliationJob {

    private final ClusterJobs cluster;
    private final TenantJobs jobs;
    private final Reconciliations reconciliations;

    ReconciliationJob(ClusterJobs cluster, TenantJobs jobs, Reconciliations reconciliations) {
        this.cluster = cluster;
        this.jobs = jobs;
        this.reconciliations = reconciliations;
    }

    @Scheduled(cron = "${cls.funding.portal.reconciliation-cron:0 30 5 * * *}", zone = "Europe/Paris")
    void run() {
        cluster.runOnce("portal-reconciliation", () -> jobs.forEachTenant("portal-reconciliation", tenant -> {
            if (reconciliations.configured(tenant.id())) {
                reconciliations.run();
            }
        }));
    }
}
