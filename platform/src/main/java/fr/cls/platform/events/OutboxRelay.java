package fr.cls.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.tracing.TraceContexts;

/**
 * Drains the outbox to Kafka, oldest first. One relay at a time per database holds the advisory lock, so
 * several instances of a service never reorder one aggregate's events. A row is marked published only
 * after the broker acknowledged it; while the broker is unreachable the relay backs off and tries again.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary constant shared by all instances of one service (each service has its own database). */
    private static final long RELAY_LOCK = 0x0C15_0B0BL;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final EventsProperties.Relay settings;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka, EventsProperties.Relay settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.settings = settings;
    }

    /** Called after a commit that wrote events, so they leave without waiting for the next poll. */
    void wakeUp() {
        wakeUp.release();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(settings.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                int sent = drainOnce();
                backoff = Duration.ZERO;
                if (sent < settings.batchSize()) {
                    waitFor(settings.idleDelay());
                }
            } catch (RuntimeException e) {
                backoff = nextBackoff(backoff);
                log.warn("outbox relay could not publish, retrying in {} ms: {}", backoff.toMillis(), e.getMessage());
                sleep(backoff);
            }
        }
    }

    /** Publishes one batch; returns how many events were published. */
    int drainOnce() {
        Integer sent = tx.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<Pending> pending = jdbc.query("""
                    select seq, event_id, topic, message_key, event_type, tenant_id, envelope, traceparent
                    from outbox_event where published_at is null order by seq limit ?""",
                    (rs, i) -> new Pending(rs.getLong("seq"), rs.getString("event_id"), rs.getString("topic"),
                            rs.getString("message_key"), rs.getString("event_type"), rs.getString("tenant_id"),
                            rs.getString("envelope"), rs.getString("traceparent")),
                    settings.batchSize());
            if (pending.isEmpty()) {
                return 0;
            }
            List<Long> published = send(pending);
            markPublished(published);
            return published.size();
        });
        return sent == null ? 0 : sent;
    }

    /** Sends the batch, then keeps the acknowledged prefix: a failure in the middle stops there to keep order. */
    private List<Long> send(List<Pending> pending) {
        List<CompletableFuture<SendResult<String, String>>> futures = new ArrayList<>();
        for (Pending p : pending) {
            futures.add(kafka.send(p.toRecord()));
        }
        List<Long> acknowledged = new ArrayList<>();
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (int i = 0; i < pending.size(); i++) {
            try {
                futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(pending.get(i).seq());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                recordFailure(pending.get(i), e);
                break;
            }
        }
        if (acknowledged.isEmpty()) {
            throw new IllegalStateException("broker did not acknowledge event " + pending.get(0).eventId());
        }
        return acknowledged;
    }

    private void recordFailure(Pending p, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        log.warn("event {} ({}) not acknowledged: {}", p.eventId(), p.type(), cause.toString());
    }

    private void markPublished(List<Long> seqs) {
        jdbc.batchUpdate("update outbox_event set published_at = now(), attempts = attempts + 1 where seq = ?",
                seqs.stream().map(seq -> new Object[] {seq}).toList());
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? Duration.ofMillis(200) : current.multipliedBy(2);
        return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
    }

    private void waitFor(Duration delay) {
        try {
            if (wakeUp.tryAcquire(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(long seq, String eventId, String topic, String key, String type, String tenantId, String envelope,
            String traceparent) {

        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope);
            // CloudEvents Kafka binding headers, so brokers' tools can route without parsing the body.
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_tenantid", tenantId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            // The trace of the transaction that wrote the event (W3C, the CloudEvents distributed-tracing name): the
            // relay's own thread has no span, so the stored context is sent, and the consumer's span continues it.
            if (traceparent != null) {
                record.headers().add(TraceContexts.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }
    }
}
