package fr.cls.funding.convention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.cls.platform.context.TenantJobs;
import fr.cls.platform.jobs.ClusterJobs;

/**
 * Releases, tenant by tenant, the payments whose conditions have come to hold (a new year, an annual report
 * received or adopted by the COPIL). Runs on one instance at a time (ClusterJobs); were two to run, a payment would
 * still be released once (its version guards it) and the lost race only fail that tenant's run, which the next resumes.
 */
@Component
class PaymentReleaseJob {

    private static final Logger log = LoggerFactory.getLogger(PaymentReleaseJob.class);

    private final ClusterJobs cluster;
    private final TenantJobs jobs;
    private final Conventions conventions;

    PaymentReleaseJob(ClusterJobs cluster, TenantJobs jobs, Conventions conventions) {
        this.cluster = cluster;
        this.jobs = jobs;
        this.conventions = conventions;
    }

    @Scheduled(fixedDelayString = "${cls.funding.release-interval:PT5M}", initialDelayString = "${cls.funding.release-interval:PT5M}")
    void run() {
        cluster.runOnce("payment-release", () -> jobs.forEachTenant("payment-release", tenant -> {
            int released = conventions.releaseDue();
            if (released > 0) {
                log.info("{} payment(s) released for {}", released, tenant.id());
            }
        }));
    }
}
