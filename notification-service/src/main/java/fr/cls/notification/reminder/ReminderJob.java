package fr.cls.notification.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.cls.platform.context.TenantJobs;
import fr.cls.platform.jobs.ClusterJobs;

/** Every morning, tenant by tenant (context set and cleared by TenantJobs), the reminders that have come due. */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ClusterJobs cluster;
    private final TenantJobs jobs;
    private final Reminders reminders;

    ReminderJob(ClusterJobs cluster, TenantJobs jobs, Reminders reminders) {
        this.cluster = cluster;
        this.jobs = jobs;
        this.reminders = reminders;
    }

    @Scheduled(cron = "${cls.notifications.reminders.cron:0 0 7 * * *}", zone = "Europe/Paris")
    void run() {
        cluster.runOnce("reminders", () -> jobs.forEachTenant("reminders", tenant -> {
            int sent = reminders.sendDue();
            if (sent > 0) {
                log.info("{} reminder(s) for {}", sent, tenant.id());
            }
        }));
    }
}
