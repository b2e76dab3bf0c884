package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.cls.deploy.Service;

/**
 * Issue 15: three Kafka brokers, topics on all three with two in sync; one broker killed (SIGKILL) in the middle
 * of 1,000 contract creations. Nothing is lost and nothing arrives twice: every creation is answered, each
 * contract's {@code cls.contract.initiated.v1} is recorded exactly once by notification-service, and the outbox
 * has nothing left to send.
 */
class KafkaBrokerLossIT {

    static final int CREATIONS = 1000;
    static final int CLIENTS = 4;

    static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start(3);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aBrokerKilledDuringAThousandCreationsLosesNothingAndDuplicatesNothing() throws Exception {
        assertThat(stack.stack().kafka().pids()).hasSize(3);
        ConcurrentCreations creations = new ConcurrentCreations(stack.gatewayAs("agent.paca"), "perte d'un broker",
                CREATIONS, CLIENTS).start();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> creations.answered() >= CREATIONS / 2);
        long killedPid = stack.stack().kafka().pids().get(0);
        ProcessHandle.of(killedPid).ifPresent(ProcessHandle::destroyForcibly);
        long killedAt = creations.millisSinceStart();
        ConcurrentCreations.Result result = creations.finish(Duration.ofMinutes(10));
        Map<String, String> contracts = result.contracts();

        assertThat(contracts).as("every creation answered 201, first time or replayed").hasSize(CREATIONS);
        assertThat(Set.copyOf(contracts.values())).as("1,000 distinct contracts").hasSize(CREATIONS);
        assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false)).as("the broker is dead").isFalse();

        long answered = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> stack.initiatedDeliveries(contracts.values()).size() == CREATIONS && stack.pendingOutbox() == 0);
        long delivered = System.nanoTime();

        Map<String, Integer> deliveries = stack.initiatedDeliveries(contracts.values());
        assertThat(deliveries).as("one delivery per contract").hasSize(CREATIONS);
        assertThat(deliveries.values()).as("nothing twice").containsOnly(1);
        assertThat(stack.pendingOutbox()).as("nothing left in the outbox").isZero();
        System.out.printf("KafkaBrokerLossIT: %d creations answered in %d ms (broker killed at %d ms, %d retries %s, %d replayed),"
                        + " all delivered once %d ms after the last answer%n",
                CREATIONS, result.millis(), killedAt, result.retries(), result.retryCauses(), result.replayed(),
                TimeUnit.NANOSECONDS.toMillis(delivered - answered));
    }

}
