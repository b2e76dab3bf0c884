package fr.cls.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The queue's figures add the tenants' counts and keep the oldest waiting email of all. */
class EmailQueueFiguresTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EmailQueueFigures figures = new EmailQueueFigures(registry);

    @Test
    void theTenantsCountsAddUpAndTheOldestEmailOfAnyTenantGivesTheAge() {
        Instant older = Instant.now().minusSeconds(1200);
        EmailQueueFigures.Tally tally = new EmailQueueFigures.Tally(0, null)
                .plus(2, Instant.now().minusSeconds(60))
                .plus(0, null)
                .plus(3, older);

        figures.publish(tally);

        assertThat(registry.get("cls.email.queue.size").gauge().value()).isEqualTo(5);
        assertThat(registry.get("cls.email.queue.oldest.age").gauge().value()).isBetween(1199.0, 1300.0);
    }

    @Test
    void anEmptyQueueHasNoAge() {
        figures.publish(new EmailQueueFigures.Tally(0, null));

        assertThat(registry.get("cls.email.queue.size").gauge().value()).isZero();
        assertThat(registry.get("cls.email.queue.oldest.age").gauge().value()).isZero();
    }
}
