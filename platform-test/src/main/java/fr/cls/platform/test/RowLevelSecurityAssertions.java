package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks on the database itself that every table holding a tenant column is guarded by row-level security, so
 * that a table added later without a policy fails the build rather than leaking.
 */
public final class RowLevelSecurityAssertions {

    /**
     * The platform's own machinery, never served to a caller: the outbox relay reads every tenant's events to
     * publish them. ({@code idempotent_request} holds stored answers, which are tenant data: it is guarded.)
     */
    public static final Set<String> PLATFORM_MACHINERY = Set.of("outbox_event");

    private RowLevelSecurityAssertions() {
    }

    /** Tables of the public schema with a column naming a tenant ({@code tenant_id}, {@code owner_tenant_id}, ...). */
    public static List<String> tenantTables(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select distinct c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name like '%tenant%'
                order by c.table_name""", String.class);
    }

    /** Each tenant table has row-level security enabled and forced (even for its owner) and at least one policy. */
    public static void assertEveryTenantTableIsGuarded(JdbcTemplate jdbc) {
        List<String> tables = tenantTables(jdbc);
        assertThat(tables).as("tables with a tenant column").isNotEmpty();
        List<String> unguarded = tables.stream()
                .filter(table -> !PLATFORM_MACHINERY.contains(table))
                .filter(table -> !guarded(jdbc, table))
                .toList();
        assertThat(unguarded).as("tenant tables without forced row-level security and a policy").isEmpty();
    }

    private static boolean guarded(JdbcTemplate jdbc, String table) {
        Boolean forced = jdbc.queryForObject("""
                select relrowsecurity and relforcerowsecurity from pg_class
                where relname = ? and relnamespace = 'public'::regnamespace""", Boolean.class, table);
        Integer policies = jdbc.queryForObject(
                "select count(*) from pg_policies where schemaname = 'public' and tablename = ?", Integer.class, table);
        return Boolean.TRUE.equals(forced) && policies != null && policies > 0;
    }
}
