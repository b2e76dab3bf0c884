package fr.cls.notification.email;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The email queue's size and the age of its oldest waiting email, over all tenants. The queue is under row-level
 * security, so it is counted tenant by tenant by the sender's periodic run (which already runs under each tenant),
 * never on a scrape: the figures are at most one poll interval old.
 */
@Component
class EmailQueueFigures {

    private final AtomicReference<Tally> last = new AtomicReference<>(new Tally(0, null));

    EmailQueueFigures(MeterRegistry registry) {
        Gauge.builder("cls.email.queue.size", last, figures -> figures.get().waiting())
                .description("Emails waiting to be sent, all tenants").register(registry);
        Gauge.builder("cls.email.queue.oldest.age", last, figures -> figures.get().ageAt(Instant.now()))
                .description("Age of the oldest email waiting to be sent").baseUnit("seconds").register(registry);
    }

    void publish(Tally tally) {
        last.set(tally);
    }

    /** What one run counted; {@code oldest} is null when nothing waits. */
    record Tally(long waiting, Instant oldest) {

        Tally plus(long moreWaiting, Instant otherOldest) {
            Instant earliest = oldest == null || (otherOldest != null && otherOldest.isBefore(oldest)) ? otherOldest : oldest;
            return new Tally(waiting + moreWaiting, earliest);
        }

        double ageAt(Instant now) {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        }
    }
}
