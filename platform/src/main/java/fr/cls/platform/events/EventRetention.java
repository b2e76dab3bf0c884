package fr.cls.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes published outbox rows and processed-event rows older than the retention, a batch per statement until a
 * batch comes back short. Never touches an unpublished outbox row. Rows another instance is deleting are skipped
 * (SKIP LOCKED), so two instances purging at once neither block nor fail. Neither table is under row-level
 * security (they are infrastructure across tenants, like the relay's reads), so the application role sees all rows.
 */
public class EventRetention {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

    private static final String PURGE_OUTBOX = """
            delete from outbox_event where seq in (
                select seq from outbox_event
                where published_at is not null and published_at < now() - make_interval(secs => ?)
                limit ? for update skip locked)""";

    private static final String PURGE_INBOX = """
            delete from processed_event where (consumer, event_id) in (
                select consumer, event_id from processed_event
                where processed_at < now() - make_interval(secs => ?)
                limit ? for update skip locked)""";

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final int batchSize;

    public EventRetention(JdbcTemplate jdbc, Duration retention, int batchSize) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("cls.events.retention must be positive, was " + retention);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("cls.events.purge.batch-size must be at least 1, was " + batchSize);
        }
        this.jdbc = jdbc;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    /** One full purge; each batch commits on its own (auto-commit), so locks are held one batch at a time. */
    public Purged purge() {
        Purged purged = new Purged(deleteInBatches(PURGE_OUTBOX), deleteInBatches(PURGE_INBOX));
        if (purged.outbox() > 0 || purged.inbox() > 0) {
            log.info("purged {} published outbox rows and {} processed-event rows older than {}",
                    purged.outbox(), purged.inbox(), retention);
        }
        return purged;
    }

    private long deleteInBatches(String sql) {
        double seconds = retention.toMillis() / 1000.0;
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.update(sql, seconds, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }

    /** How many rows one purge deleted from each table. */
    public record Purged(long outbox, long inbox) {
    }
}
