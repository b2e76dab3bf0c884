package fr.cls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.events.EventRetention;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;

/** The outbox/inbox purge, run as the service's own role (no BYPASSRLS) against the real database. */
@SpringBootTest
@Import(TestInfrastructure.class)
class EventRetentionIntegrationTest {

    /** The service's own connection (application role): the purge must work with it. */
    @Autowired
    JdbcTemplate appJdbc;

    /** As the owner, to plant rows with old timestamps. */
    JdbcTemplate owner;

    String topic;
    String consumer;

    @Autowired
    void ownerDatabase(DataSource dataSource, Environment environment) {
        owner = OwnerDatabase.jdbc(dataSource, environment);
    }

    @BeforeEach
    void uniqueNames() {
        topic = "retention-test-" + UUID.randomUUID();
        consumer = "retention-test-" + UUID.randomUUID();
    }

    EventRetention retention(int batchSize) {
        return new EventRetention(appJdbc, Duration.ofDays(7), batchSize);
    }

    @Test
    void publishedOutboxRowsOlderThanTheRetentionGoWhileRecentAndUnpublishedOnesStay() {
        UUID old = outbox("8 days", "8 days");
        UUID recent = outbox("8 days", "6 days");
        UUID unpublished = outbox("30 days", null);

        retention(1000).purge();

        assertThat(exists(old)).as("published 8 days ago").isFalse();
        assertThat(exists(recent)).as("published 6 days ago").isTrue();
        assertThat(exists(unpublished)).as("never published, 30 days old").isTrue();
    }

    @Test
    void aPurgeLoopsOverBatchesUntilEveryOldRowIsGone() {
        for (int i = 0; i < 5; i++) {
            outbox("10 days", "9 days");
            processed("9 days");
        }

        EventRetention.Purged purged = retention(2).purge();

        assertThat(purged.outbox()).isGreaterThanOrEqualTo(5);
        assertThat(purged.inbox()).isGreaterThanOrEqualTo(5);
        assertThat(owner.queryForObject("select count(*) from outbox_event where topic = ?", Integer.class, topic)).isZero();
        assertThat(owner.queryForObject("select count(*) from processed_event where consumer = ?", Integer.class, consumer)).isZero();
    }

    @Test
    void processedEventRowsOlderThanTheRetentionGoAndRecentOnesStay() {
        processed("8 days");
        UUID recent = processed("1 day");

        retention(1000).purge();

        assertThat(owner.queryForList("select event_id from processed_event where consumer = ?", UUID.class, consumer))
                .containsExactly(recent);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // waiting on the lock would hang: fail instead
    void aRowLockedByAnotherPurgeIsSkippedNotWaitedFor() {
        UUID locked = outbox("8 days", "8 days");
        UUID free = outbox("8 days", "8 days");
        // Another instance holds this row mid-purge; ours must move on instead of blocking or failing.
        new TransactionTemplate(new DataSourceTransactionManager(owner.getDataSource()))
                .executeWithoutResult(status -> {
                    owner.queryForList("select seq from outbox_event where event_id = ? for update", locked);
                    retention(1000).purge();
                });

        assertThat(exists(free)).isFalse();
        assertThat(exists(locked)).as("locked by the other transaction, left for a later run").isTrue();
    }

    private UUID outbox(String createdAgo, String publishedAgo) {
        UUID id = UUID.randomUUID();
        owner.update("""
                insert into outbox_event (event_id, topic, message_key, event_type, tenant_id, envelope, created_at, published_at)
                values (?, ?, 'k', 'test.v1', 'tenant', '{}', now() - ?::interval,
                        case when ?::text is null then null else now() - ?::interval end)""",
                id, topic, createdAgo, publishedAgo, publishedAgo);
        return id;
    }

    private UUID processed(String ago) {
        UUID id = UUID.randomUUID();
        owner.update("insert into processed_event (consumer, event_id, event_type, processed_at) values (?, ?, 'test.v1', now() - ?::interval)",
                consumer, id, ago);
        return id;
    }

    private boolean exists(UUID eventId) {
        return owner.queryForObject("select count(*) from outbox_event where event_id = ?", Integer.class, eventId) == 1;
    }
}
