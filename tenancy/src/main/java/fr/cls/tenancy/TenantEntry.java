package fr.cls.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One tenant as the bootstrap file writes it (kebab-case keys), which is also the {@code data} of the records on
 * {@code cls.tenants.v1}: one schema for both, so an entry moves from the file to the API unchanged.
 */
public final class TenantEntry {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private TenantEntry() {
    }

    /** @throws IllegalArgumentException naming what is wrong */
    public static Tenant toTenant(Map<?, ?> entry) {
        String id = String.valueOf(entry.get("id"));
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid tenant id '" + id + "'");
        }
        Tenant.RateLimit rateLimit = null;
        if (entry.get("rate-limit") instanceof Map<?, ?> limit) {
            rateLimit = new Tenant.RateLimit(number(limit, "requests-per-second"), number(limit, "burst"));
        }
        Object version = entry.get("version");
        return new Tenant(id, TenantKind.valueOf(String.valueOf(entry.get("kind"))), (String) entry.get("name"),
                entry.get("insee-code") == null ? null : String.valueOf(entry.get("insee-code")), strings(entry, "issuers"),
                rateLimit, strings(entry, "integration-clients"), new LinkedHashSet<>(strings(entry, "roles")),
                Boolean.TRUE.equals(entry.get("suspended")), version instanceof Number n ? n.longValue() : 0L);
    }

    /** The entry of a tenant, keys in the file's order. */
    public static Map<String, Object> of(Tenant tenant) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", tenant.id());
        entry.put("kind", tenant.kind().name());
        entry.put("name", tenant.name());
        if (tenant.inseeCode() != null) {
            entry.put("insee-code", tenant.inseeCode());
        }
        entry.put("issuers", tenant.issuers());
        entry.put("integration-clients", tenant.integrationClients());
        entry.put("rate-limit", Map.of("requests-per-second", tenant.rateLimit().requestsPerSecond(),
                "burst", tenant.rateLimit().burst()));
        entry.put("roles", tenant.roles().stream().sorted().toList());
        entry.put("suspended", tenant.suspended());
        entry.put("version", tenant.version());
        return entry;
    }

    private static int number(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("rate-limit." + key + " must be a number");
        }
        return n.intValue();
    }

    private static List<String> strings(Map<?, ?> entry, String key) {
        List<String> values = new ArrayList<>();
        if (entry.get(key) instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        }
        return values;
    }
}
