package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    @Test
    void theServiceRoleOwnsNothingCreatesNothingAndCannotBypassRowLevelSecurity() {
        RowLevelSecurityAssertions.assertTheServiceRoleIsConfined(jdbc);
    }

    @Test
    void everyForeignKeyOfANotificationTableIsBoundToItsParentsTenant() {
        String copy = "the tenant's own copy of what an event said of a contract; no contract table in this database";
        RowLevelSecurityAssertions.assertEveryChildRowIsBoundToItsParent(jdbc, Map.of("delivery.contract_id", copy,
                "inbox_item.contract_id", copy, "subscription.contract_id", copy, "tracked_contract.contract_id", copy,
                "tracked_meeting.contract_id", copy, "tracked_convention.contract_id", copy,
                "tracked_annual_report.contract_id", copy, "tracked_request.contract_id", copy));
    }

    /** Tenants outside the directory, so that no job of the service (webhook dispatch, email sending) takes up these rows. */
    static final String VICTIM = "rls-victim";
    static final String FORGER = "rls-forger";

    @Test
    void deliveriesAttemptsAndEmailsAreWrittenUnderTheTenantsOwnEndpointsAndDeliveriesOnly() {
        Map<String, UUID> victim = webhookParents(VICTIM);
        Map<String, UUID> forger = webhookParents(FORGER);
        String delivery = """
                insert into webhook_delivery (id, tenant_id, endpoint_id, event_id, event_type, payload, status, attempts,
                    next_attempt_at, created_at, updated_at)
                values (gen_random_uuid(), 'rls-forger', ?, gen_random_uuid(), 'cls.x', '{}', 'DEAD', 0, now(), now(), now())""";
        String attempt = """
                insert into webhook_attempt (id, tenant_id, delivery_id, attempted_at, succeeded, duration_ms)
                values (gen_random_uuid(), 'rls-forger', ?, now(), true, 1)""";
        String email = """
                insert into email_outbox (id, tenant_id, delivery_id, recipient, address, source_key, subject_line, body_text,
                    body_html, status, next_attempt_at, created_at)
                values (gen_random_uuid(), 'rls-forger', ?, 'someone', 'a@b.fr', gen_random_uuid(), 's', 't', 'h', 'SENT',
                    now(), now())""";

        for (var insert : Map.of("webhook_delivery", Map.entry(delivery, "endpoint"), "webhook_attempt",
                Map.entry(attempt, "webhook-delivery"), "email_outbox", Map.entry(email, "delivery")).entrySet()) {
            String sql = insert.getValue().getKey();
            String parent = insert.getValue().getValue();
            assertThat(refusal(FORGER, sql, forger.get(parent))).as("%s under the forger's own %s", insert.getKey(), parent)
                    .isNull();
            assertThat(refusal(FORGER, sql, victim.get(parent))).as("%s under another tenant's %s", insert.getKey(), parent)
                    .contains("foreign key constraint");
        }
    }

    /** An endpoint of the tenant with a webhook delivery, and a delivery of its log. */
    private Map<String, UUID> webhookParents(String tenant) {
        UUID endpoint = UUID.randomUUID();
        UUID webhookDelivery = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        TenantContext.callAs(tenant, () -> tx.execute(s -> {
            jdbc.update("""
                    insert into webhook_endpoint (id, tenant_id, url, event_types, secret, status, created_at, updated_at, version)
                    values (?, ?, 'https://portal.example/hook', '*', 'c2VjcmV0', 'DISABLED', now(), now(), 0)""", endpoint, tenant);
            jdbc.update("""
                    insert into webhook_delivery (id, tenant_id, endpoint_id, event_id, event_type, payload, status, attempts,
                        next_attempt_at, created_at, updated_at)
                    values (?, ?, ?, gen_random_uuid(), 'cls.x', '{}', 'DEAD', 0, now(), now(), now())""",
                    webhookDelivery, tenant, endpoint);
            return jdbc.update("""
                    insert into delivery (id, tenant_id, event_id, event_type, subject, channel, status, event_time, recorded_at)
                    values (?, ?, gen_random_uuid(), 'cls.x', 'x', 'LOG', 'RECORDED', now(), now())""", delivery, tenant);
        }));
        return Map.of("endpoint", endpoint, "webhook-delivery", webhookDelivery, "delivery", delivery);
    }

    /** Runs the statement as the tenant and rolls it back: null when the database accepted it, else its refusal. */
    private String refusal(String tenant, String sql, Object... args) {
        return RowLevelSecurityAssertions.refusal(() -> TenantContext.callAs(tenant, () -> tx.execute(s -> {
            jdbc.update(sql, args);
            s.setRollbackOnly();
            return null;
        })));
    }
}
