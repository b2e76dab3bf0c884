package fr.cls.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox's backlog and the age of its oldest unpublished event. One query (on the partial index of unpublished
 * rows; the outbox has no row-level security, so no tenant is needed) serves both gauges and is reused for a few
 * seconds, so several scrapers do not each hit the database.
 */
class OutboxGauges {

    private static final Logger log = LoggerFactory.getLogger(OutboxGauges.class);
    private static final Duration REUSE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Snapshot last = new Snapshot(Instant.MIN, Double.NaN, Double.NaN);

    OutboxGauges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void bindTo(MeterRegistry registry) {
        Gauge.builder("cls.outbox.backlog", this, gauges -> gauges.current().backlog())
                .description("Outbox events not yet published").register(registry);
        Gauge.builder("cls.outbox.oldest.age", this, gauges -> gauges.current().oldestAge())
                .description("Age of the oldest unpublished outbox event").baseUnit("seconds").register(registry);
    }

    synchronized Snapshot current() {
        Instant now = clock.instant();
        if (last.at().plus(REUSE).isAfter(now)) {
            return last;
        }
        try {
            last = jdbc.queryForObject("""
                    select count(*) as backlog,
                           coalesce(extract(epoch from now() - min(created_at)), 0) as oldest
                    from outbox_event where published_at is null""",
                    (rs, i) -> new Snapshot(now, rs.getDouble("backlog"), rs.getDouble("oldest")));
        } catch (DataAccessException e) {
            // An unknown figure, not a zero that would hide a stuck outbox.
            log.warn("outbox figures unavailable: {}", e.getMessage());
            last = new Snapshot(now, Double.NaN, Double.NaN);
        }
        return last;
    }

    record Snapshot(Instant at, double backlog, double oldestAge) {
    }
}
