package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.test.RowLevelSecurityAssertions;
import fr.cls.platform.test.TestInfrastructure;

/** The database itself keeps tenants apart in every table of the notifications, whatever the code asks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class NotificationRowLevelSecurityTest {

    static final List<String> TENANT_TABLES = List.of("delivery", "subscriber", "subscription", "inbox_item", "email_outbox",
            "tracked_contract", "tracked_meeting", "tracked_convention", "tracked_annual_report", "tracked_request",
            "notification_setting", "reminder_sent");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyNotificationTableForcesRowLevelSecurityWithATenantPolicy() {
        for (String table : TENANT_TABLES) {
            Boolean forced = jdbc.queryForObject(
                    "select relrowsecurity and relforcerowsecurity from pg_class where relname = ? and relkind = 'r'",
                    Boolean.class, table);
            Integer policies = jdbc.queryForObject("select count(*) from pg_policies where tablename = ?", Integer.class, table);
            assertThat(forced).as(table).isTrue();
            assertThat(policies).as(table).isPositive();
        }
    }

    @Test
    void aNotificationTableAddedWithATenantColumnMustForceRowLevelSecurityToo() {
        RowLevelSecurityAssertions.assertEveryTenantTableIsGuarded(jdbc);
    }

    @Test
    void anInboxItemIsInvisibleToAnotherTenantAndCannotBeWrittenForOne() {
        UUID id = UUID.randomUUID();
        TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.update("""
                insert into inbox_item (id, tenant_id, recipient, source_key, topic, title, body, created_at)
                values (?, 'ars-paca', 'someone', ?, 'PAYMENT', 'Titre', 'Corps', ?)""", id, id.toString(),
                Timestamp.from(Instant.now()))));

        Integer seenByOther = TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from inbox_item where id = ?", Integer.class, id)));
        Integer seenWithoutTenant = tx.execute(s -> jdbc.queryForObject("select count(*) from inbox_item where id = ?",
                Integer.class, id));
        Integer seenByOwner = TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from inbox_item where id = ?", Integer.class, id)));

        assertThat(seenByOther).isZero();
        assertThat(seenWithoutTenant).isZero();
        assertThat(seenByOwner).isEqualTo(1);
        assertThatThrownBy(() -> TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update("""
                insert into inbox_item (id, tenant_id, recipient, source_key, topic, title, body, created_at)
                values (?, 'ars-paca', 'someone', 'x', 'PAYMENT', 'Titre', 'Corps', now())""", UUID.randomUUID()))))
                .rootCause().hasMessageContaining("row-level security");
    }
}
