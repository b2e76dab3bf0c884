package fr.cls.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
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

/** Raw SQL as the service's database role, with no application filter: the database keeps tenants' bodies apart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class GovernanceRowLevelSecurityTest {

    static final String INSERT_BODY = """
            insert into governance_body (id, owner_tenant_id, contract_id, kind, name, quorum_percent, proxies_count,
                max_proxies_per_member, status, created_on, version)
            values (?, ?, null, 'CROSS_CONTRACT', 'Groupe des animateurs', 50, true, 1, 'ACTIVE', current_date, 0)""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyGovernanceTableWithATenantForcesRowLevelSecurity() {
        RowLevelSecurityAssertions.assertEveryTenantTableIsGuarded(jdbc);
        assertThat(RowLevelSecurityAssertions.tenantTables(jdbc)).contains("governance_body", "meeting", "follow_up");
    }

    @Test
    void aBodyIsSeenByItsTenantOnly() {
        UUID id = UUID.randomUUID();
        TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_BODY, id, "cd-53")));

        assertThat(countAs("cd-53", id)).isEqualTo(1);
        assertThat(countAs("ars-paca", id)).isZero();
        assertThat(countWithoutTenant(id))
                .as("no tenant set").isZero();
    }

    @Test
    void aTenantCannotWriteABodyForAnother() {
        assertThatThrownBy(() -> TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.update(INSERT_BODY,
                UUID.randomUUID(), "cd-53"))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void noApplicationSessionChangesATenantsGovernanceRules() {
        Integer updated = TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(
                "update tenant_governance_rule set convocation_days = 1 where tenant_id = 'cd-53'")));
        Integer days = TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.queryForObject(
                "select convocation_days from tenant_governance_rule where tenant_id = 'cd-53'", Integer.class)));

        assertThat(updated).as("rows the update reached").isZero();
        assertThat(days).as("cd-53's convocation delay, as the migration set it").isEqualTo(10);
    }

    /** Inserts of every child table; {t} the writing tenant, {body}, {meeting}, {member} the parents written under. */
    static final Map<String, String> CHILD_INSERTS = childInserts();

    private static Map<String, String> childInserts() {
        Map<String, String> inserts = new LinkedHashMap<>();
        inserts.put("body_member", "insert into body_member (id, body_id, owner_tenant_id, person, organisation, role, voting,"
                + " status, position) values (gen_random_uuid(), '{body}', '{t}', 'Forged', 'Forged', 'MEMBER', true, 'ACTIVE', 9)");
        inserts.put("meeting", "insert into meeting (id, owner_tenant_id, body_id, scheduled_on, place, status, minutes_status,"
                + " version) values (gen_random_uuid(), '{t}', '{body}', current_date, 'Forged', 'PLANNED', 'NONE', 0)");
        inserts.put("agenda_item", "insert into agenda_item (id, meeting_id, owner_tenant_id, position, title, purpose)"
                + " values (gen_random_uuid(), '{meeting}', '{t}', 9, 'Forged', 'OTHER')");
        inserts.put("agenda_item (minutes)", "insert into agenda_item (id, meeting_id, owner_tenant_id, position, title, purpose,"
                + " minutes_of_meeting_id) values (gen_random_uuid(), '{own-meeting}', '{t}', 9, 'Forged', 'APPROVE_MINUTES', '{meeting}')");
        inserts.put("attendance", "insert into attendance (id, meeting_id, owner_tenant_id, member_id, status)"
                + " values (gen_random_uuid(), '{meeting}', '{t}', '{own-member}', 'PRESENT')");
        inserts.put("attendance (member)", "insert into attendance (id, meeting_id, owner_tenant_id, member_id, status)"
                + " values (gen_random_uuid(), '{own-meeting}', '{t}', '{member}', 'PRESENT')");
        inserts.put("attendance (proxy)", "insert into attendance (id, meeting_id, owner_tenant_id, member_id, status, proxy_holder_id)"
                + " values (gen_random_uuid(), '{own-meeting}', '{t}', '{own-member}', 'REPRESENTED', '{member}')");
        inserts.put("follow_up", "insert into follow_up (id, owner_tenant_id, body_id, kind, title, owner_name, status, opened_on,"
                + " version) values (gen_random_uuid(), '{t}', '{body}', 'ACTION', 'Forged', 'Forged', 'OPEN', current_date, 0)");
        inserts.put("follow_up (meeting)", "insert into follow_up (id, owner_tenant_id, body_id, meeting_id, kind, title, owner_name,"
                + " status, opened_on, version) values (gen_random_uuid(), '{t}', '{own-body}', '{meeting}', 'ACTION', 'Forged',"
                + " 'Forged', 'OPEN', current_date, 0)");
        return inserts;
    }

    @Test
    void theServiceRoleOwnsNothingCreatesNothingAndCannotBypassRowLevelSecurity() {
        RowLevelSecurityAssertions.assertTheServiceRoleIsConfined(jdbc);
    }

    @Test
    void everyForeignKeyOfAGovernanceTableIsBoundToItsParentsTenant() {
        RowLevelSecurityAssertions.assertEveryChildRowIsBoundToItsParent(jdbc, Map.of(
                "governance_body.contract_id", "a label among the owner's own rows, which no other tenant reads; bodies are"
                        + " opened from contract events that may come before contract_reference",
                "agenda_item.contract_id", "the body's own contract, copied by the service"));
    }

    @Test
    void aChildRowIsWrittenUnderTheTenantsOwnBodyMeetingAndMembersOnly() {
        Map<String, String> bretagne = parents("ars-bretagne");
        Map<String, String> paca = parents("ars-paca");

        CHILD_INSERTS.forEach((table, insert) -> {
            assertThat(refusal("ars-bretagne", fill(insert, bretagne, bretagne))).as("%s under Bretagne's own rows", table).isNull();
            assertThat(refusal("ars-bretagne", fill(insert, paca, bretagne))).as("%s under PACA's, written by Bretagne", table)
                    .containsAnyOf("foreign key constraint", "row-level security");
        });
    }

    @Test
    void anotherTenantsBodyForAContractDoesNotTakeTheOwnersSlot() {
        UUID contract = UUID.randomUUID();
        String copil = "insert into governance_body (id, owner_tenant_id, contract_id, kind, name, quorum_percent, proxies_count,"
                + " max_proxies_per_member, status, created_on, version) values (gen_random_uuid(), ?, ?, 'COPIL', 'COPIL', 50,"
                + " true, 1, 'ACTIVE', current_date, 0)";
        TenantContext.callAs("ars-bretagne", () -> tx.execute(s -> jdbc.update(copil, "ars-bretagne", contract)));

        assertThat(refusal("ars-paca", copil.replaceFirst("\\?", "'ars-paca'").replace("?", "'" + contract + "'")))
                .as("the owner's COPIL once another tenant named the contract").isNull();
    }

    private static String fill(String insert, Map<String, String> parents, Map<String, String> own) {
        return insert.replace("{t}", "ars-bretagne").replace("{own-body}", own.get("body"))
                .replace("{own-meeting}", own.get("meeting")).replace("{own-member}", own.get("member"))
                .replace("{body}", parents.get("body")).replace("{meeting}", parents.get("meeting"))
                .replace("{member}", parents.get("member"));
    }

    /** A cross-contract body of the tenant with a member and a meeting. */
    private Map<String, String> parents(String tenant) {
        UUID body = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        TenantContext.callAs(tenant, () -> tx.execute(s -> {
            jdbc.update(INSERT_BODY, body, tenant);
            jdbc.update("insert into body_member (id, body_id, owner_tenant_id, person, organisation, role, voting, status, position)"
                    + " values (?, ?, ?, 'Anne', 'Commune', 'CHAIR', true, 'ACTIVE', 0)", member, body, tenant);
            return jdbc.update("insert into meeting (id, owner_tenant_id, body_id, scheduled_on, place, status, minutes_status,"
                    + " version) values (?, ?, ?, current_date, 'Mairie', 'PLANNED', 'NONE', 0)", meeting, tenant, body);
        }));
        return Map.of("body", body.toString(), "member", member.toString(), "meeting", meeting.toString());
    }

    /** Runs the statement as the tenant and rolls it back: null when the database accepted it, else its refusal. */
    private String refusal(String tenant, String sql) {
        return RowLevelSecurityAssertions.refusal(() -> TenantContext.callAs(tenant, () -> tx.execute(s -> {
            jdbc.update(sql);
            s.setRollbackOnly();
            return null;
        })));
    }

    private Integer countWithoutTenant(UUID id) {
        return tx.execute(s -> jdbc.queryForObject("select count(*) from governance_body where id = ?", Integer.class, id));
    }

    private Integer countAs(String tenant, UUID id) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from governance_body where id = ?", Integer.class, id)));
    }
}
