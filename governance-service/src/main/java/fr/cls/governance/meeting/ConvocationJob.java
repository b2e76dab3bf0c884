package fr.cls.governance.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.cls.platform.context.TenantJobs;
import fr.cls.platform.jobs.ClusterJobs;

/** Every morning, per tenant: convene the planned meetings that enter the tenant's notice window. */
@Component
class ConvocationJob {

    private static final Logger log = LoggerFactory.getLogger(ConvocationJob.class);

    private final ClusterJobs cluster;
    private final TenantJobs jobs;
    private final Meetings meetings;

    ConvocationJob(ClusterJobs cluster, TenantJobs jobs, Meetings meetings) {
        this.cluster = cluster;
        this.jobs = jobs;
        this.meetings = meetings;
    }

    @Scheduled(cron = "${cls.governance.convocation-cron:0 0 6 * * *}", zone = "Europe/Paris")
    void run() {
        cluster.runOnce("convocations", () -> jobs.forEachTenant("convocations", tenant -> {
            int convened = meetings.conveneDue();
            if (convened > 0) {
                log.info("convened {} meeting(s) of tenant {}", convened, tenant.id());
            }
        }));
    }
}
