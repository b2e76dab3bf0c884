package fr.cls.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import fr.cls.platform.test.AtOnce;
import fr.cls.platform.test.LocalPostgres;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Two instances of a service (two data sources on one real PostgreSQL database) start the same job at once. */
class ClusterJobsTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ClusterJobs first = new ClusterJobs(database(), meters);
    final ClusterJobs second = new ClusterJobs(database(), meters);
    final String job = "test-" + UUID.randomUUID();
    final AtomicInteger runs = new AtomicInteger();

    @Test
    void twoInstancesStartingTogetherRunTheWorkOnceAndTheOtherSkips() throws Exception {
        // The work holds on until the other instance has been turned away: if both ran, neither would get past it.
        Runnable work = () -> {
            runs.incrementAndGet();
            await().atMost(Duration.ofSeconds(10)).until(() -> skipped() == 1);
        };

        List<Boolean> ran = AtOnce.run(List.of(() -> first.runOnce(job, work), () -> second.runOnce(job, work)));

        assertThat(runs).hasValue(1);
        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(skipped()).isEqualTo(1);
        assertThat(runsCounted("done")).isEqualTo(1);
    }

    @Test
    void aLaterRunRunsAgainOnEitherInstanceOnceTheFirstHasFinished() {
        assertThat(first.runOnce(job, runs::incrementAndGet)).isTrue();
        assertThat(second.runOnce(job, runs::incrementAndGet)).isTrue();
        assertThat(first.runOnce(job, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(3);
        assertThat(skipped()).isZero();
    }

    @Test
    void aJobThatFailsReleasesItsLockAndIsCountedAsFailed() {
        assertThatThrownBy(() -> first.runOnce(job, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(second.runOnce(job, runs::incrementAndGet)).as("the other instance is not locked out").isTrue();
        assertThat(first.runOnce(job, runs::incrementAndGet)).as("nor the one that failed").isTrue();
        assertThat(runs).hasValue(2);
        assertThat(runsCounted("failed")).isEqualTo(1);
        assertThat(runsCounted("done")).isEqualTo(2);
    }

    @Test
    void anotherJobRunsWhileOneIsRunning() {
        boolean[] otherRan = new boolean[1];

        first.runOnce(job, () -> otherRan[0] = second.runOnce(job + "-other", runs::incrementAndGet));

        assertThat(otherRan[0]).isTrue();
        assertThat(runs).hasValue(1);
    }

    private double skipped() {
        return meters.counter("cls.jobs.skipped", "job", job).count();
    }

    private double runsCounted(String outcome) {
        return meters.counter("cls.jobs.runs", "job", job, "outcome", outcome).count();
    }

    private static DataSource database() {
        return new DriverManagerDataSource(LocalPostgres.url("postgres"), LocalPostgres.user(), LocalPostgres.password());
    }
}
