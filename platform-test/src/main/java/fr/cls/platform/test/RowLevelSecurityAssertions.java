package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /**
     * Foreign keys bypass row-level security, so a policy pinning the child's own tenant column does not stop a tenant
     * from writing a child row under another tenant's parent. Each foreign key of a tenant table is bound when its
     * columns, or those of another foreign key to the same parent that includes them, carry a tenant column (a composite
     * key with the parent's tenant), or when an insert policy of the child reads the parent (under row-level
     * security). A {@code contract_id} column with no foreign key is bound the same way, by a composite key or by an
     * insert policy that looks the contract up. {@code unboundByDesign} names "table.column" with the reason why not.
     */
    public static void assertEveryChildRowIsBoundToItsParent(JdbcTemplate jdbc, Map<String, String> unboundByDesign) {
        List<String> tenantTables = tenantTables(jdbc).stream().filter(t -> !PLATFORM_MACHINERY.contains(t)).toList();
        List<ForeignKey> keys = jdbc.query("""
                select c.conrelid::regclass::text, c.confrelid::regclass::text,
                       array_to_string(array(select a.attname from unnest(c.conkey) k
                                             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k), ',')
                from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace""",
                (rs, row) -> new ForeignKey(rs.getString(1), rs.getString(2), List.of(rs.getString(3).split(","))));
        List<String> unbound = new ArrayList<>();
        for (ForeignKey key : keys) {
            if (!tenantTables.contains(key.child()) || !tenantTables.contains(key.parent()) || key.withTenant()) {
                continue;
            }
            boolean composite = keys.stream().anyMatch(other -> other.child().equals(key.child())
                    && other.parent().equals(key.parent()) && other.withTenant() && other.columns().containsAll(key.columns()));
            String column = key.child() + "." + String.join(",", key.columns());
            if (!composite && !insertPolicyReads(jdbc, key.child(), key.parent()) && !unboundByDesign.containsKey(column)) {
                unbound.add(column + " -> " + key.parent());
            }
        }
        for (String table : tenantTables) {
            boolean hasContractId = jdbc.queryForObject("""
                    select count(*) from information_schema.columns where table_schema = 'public' and table_name = ?
                    and column_name = 'contract_id'""", Integer.class, table) > 0;
            if (!hasContractId || contractIdIsTheKey(jdbc, table) || unboundByDesign.containsKey(table + ".contract_id")) {
                continue;
            }
            boolean composite = keys.stream().anyMatch(k -> k.child().equals(table) && k.columns().contains("contract_id")
                    && k.withTenant());
            if (!composite && !insertPolicyReads(jdbc, table, "contract_id")) {
                unbound.add(table + ".contract_id");
            }
        }
        assertThat(unbound).as("child columns a tenant could point at another tenant's parent").isEmpty();
    }

    /**
     * The role the service's data source connects as (the {@code jdbc} given) is confined: no superuser, no
     * BYPASSRLS, owns no table (an owner could disable row-level security), and may create neither a table in the
     * schema nor a schema in the database.
     */
    public static void assertTheServiceRoleIsConfined(JdbcTemplate jdbc) {
        Map<String, Object> role = jdbc.queryForMap("""
                select r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
                       (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user) as owned,
                       has_schema_privilege('public', 'CREATE') as create_table,
                       has_database_privilege(current_database(), 'CREATE') as create_schema
                from pg_roles r where r.rolname = current_user""");
        assertThat(role).as("the service's database role %s", role.get("rolname"))
                .containsEntry("rolsuper", false).containsEntry("rolbypassrls", false)
                .containsEntry("rolcreaterole", false).containsEntry("rolcreatedb", false)
                .containsEntry("owned", 0L).containsEntry("create_table", false).containsEntry("create_schema", false);
    }

    /** Runs a write: null when the database accepted it, else the message of its refusal (the root cause). */
    public static String refusal(Runnable write) {
        try {
            write.run();
            return null;
        } catch (RuntimeException refused) {
            Throwable cause = refused;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getMessage();
        }
    }

    private record ForeignKey(String child, String parent, List<String> columns) {

        boolean withTenant() {
            return columns.stream().anyMatch(c -> c.contains("tenant"));
        }
    }

    /** An insert (or all-commands) policy whose check runs a sub-query mentioning {@code parent}. */
    private static boolean insertPolicyReads(JdbcTemplate jdbc, String table, String parent) {
        return jdbc.queryForList("""
                select with_check from pg_policies where schemaname = 'public' and tablename = ?
                and cmd in ('INSERT', 'ALL') and with_check is not null""", String.class, table).stream()
                .anyMatch(check -> check.contains("EXISTS") && Arrays.stream(check.split("[^a-z_]+")).anyMatch(parent::equals));
    }

    /** The table is itself this database's copy of a contract (contract_id is its whole primary key). */
    private static boolean contractIdIsTheKey(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("""
                select count(*) from pg_constraint c where c.contype = 'p' and c.conrelid = ?::regclass
                and array_length(c.conkey, 1) = 1
                and (select attname from pg_attribute where attrelid = c.conrelid and attnum = c.conkey[1]) = 'contract_id'""",
                Integer.class, table) > 0;
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
