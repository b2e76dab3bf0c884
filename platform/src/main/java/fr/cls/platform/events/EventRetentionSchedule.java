package fr.cls.platform.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the retention purge every interval on its own daemon thread; a failed run is logged and retried next time. */
class EventRetentionSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventRetentionSchedule.class);

    private final EventRetention retention;
    private final Duration interval;
    private ScheduledExecutorService executor;

    EventRetentionSchedule(EventRetention retention, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("cls.events.purge.interval must be positive, was " + interval);
        }
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "event-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            // Must not escape: an exception would cancel every later run of the schedule.
            log.warn("event retention purge failed, retrying in {}: {}", interval, e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
