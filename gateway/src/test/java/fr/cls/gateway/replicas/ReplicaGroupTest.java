package fr.cls.gateway.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReplicaGroupTest {

    static final URI A = URI.create("http://127.0.0.1:8081");
    static final URI B = URI.create("http://127.0.0.1:8181");
    static final URI C = URI.create("http://127.0.0.1:8281");

    final AtomicLong now = new AtomicLong();
    final ReplicaGroup group = new ReplicaGroup("contract-service", List.of(A, B, C), Duration.ofSeconds(5), now::get);

    @Test
    void takesTheInstancesInTurnEachAttemptOrderListingEveryInstanceOnce() {
        assertThat(group.attemptOrder()).containsExactly(A, B, C);
        assertThat(group.attemptOrder()).containsExactly(B, C, A);
        assertThat(group.attemptOrder()).containsExactly(C, A, B);
        assertThat(group.attemptOrder()).containsExactly(A, B, C);
    }

    @Test
    void anInstanceThatRefusedIsTriedLastUntilItsDownTimeIsOver() {
        group.markDown(A);

        assertThat(group.attemptOrder()).containsExactly(B, C, A);
        assertThat(group.attemptOrder()).containsExactly(B, C, A);
        assertThat(group.attemptOrder()).containsExactly(C, B, A);

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(group.attemptOrder()).as("back in turn after 5 s").containsExactly(A, B, C);
    }

    @Test
    void everyInstanceDownStillGivesEveryOneToTry() {
        group.markDown(A);
        group.markDown(B);
        group.markDown(C);

        assertThat(group.attemptOrder()).containsExactlyInAnyOrder(A, B, C);
    }
}
