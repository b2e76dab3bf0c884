package fr.cls.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The tenants, read from a YAML file that operators edit to onboard a tenant (a ConfigMap in Kubernetes): no
 * code change, no rebuild. A file on disk is re-read when it changes; a broken edit keeps the last good
 * directory and is logged, so a typo never locks every tenant out.
 */
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final Resource source;
    private final UnaryOperator<String> placeholders;
    private volatile Map<String, Tenant> tenants;
    private volatile long loadedModified;

    /** @param placeholders resolves {@code ${NAME:default}} in the file, e.g. the local issuer URL */
    public TenantDirectory(Resource source, UnaryOperator<String> placeholders) {
        this.source = source;
        this.placeholders = placeholders;
        this.tenants = parse(read());
        this.loadedModified = lastModified();
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(id).map(tenants::get);
    }

    public Collection<Tenant> all() {
        return tenants.values();
    }

    /** Whether any tenant trusts this issuer: tokens from elsewhere are not even looked at. */
    public boolean isTrustedIssuer(String issuer) {
        return tenants.values().stream().anyMatch(t -> t.issuers().contains(issuer));
    }

    /** Re-reads the file if it changed since the last load. */
    public void refresh() {
        long modified = lastModified();
        if (modified == loadedModified) {
            return;
        }
        try {
            tenants = parse(read());
            loadedModified = modified;
            log.info("tenant directory reloaded from {}: {} tenants", source, tenants.size());
        } catch (RuntimeException e) {
            loadedModified = modified;
            log.error("tenant directory {} not reloaded, keeping the previous one: {}", source, e.getMessage());
        }
    }

    private long lastModified() {
        try {
            return source.isFile() ? source.lastModified() : 0L;
        } catch (IOException e) {
            return loadedModified;
        }
    }

    private String read() {
        try (InputStream in = source.getInputStream()) {
            return placeholders.apply(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tenant directory " + source, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Tenant> parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("tenants") instanceof List<?> entries)) {
            throw new IllegalArgumentException("the tenant directory must have a 'tenants' list");
        }
        Map<String, Tenant> byId = new LinkedHashMap<>();
        for (Object entry : entries) {
            Tenant tenant = toTenant((Map<String, Object>) entry);
            if (byId.put(tenant.id(), tenant) != null) {
                throw new IllegalArgumentException("tenant " + tenant.id() + " is listed twice");
            }
        }
        return Map.copyOf(byId);
    }

    @SuppressWarnings("unchecked")
    private static Tenant toTenant(Map<String, Object> entry) {
        String id = String.valueOf(entry.get("id"));
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid tenant id '" + id + "'");
        }
        List<String> issuers = new ArrayList<>();
        if (entry.get("issuers") instanceof List<?> list) {
            list.forEach(i -> issuers.add(String.valueOf(i)));
        }
        List<String> integrationClients = new ArrayList<>();
        if (entry.get("integration-clients") instanceof List<?> list) {
            list.forEach(c -> integrationClients.add(String.valueOf(c)));
        }
        Tenant.RateLimit rateLimit = null;
        if (entry.get("rate-limit") instanceof Map<?, ?> limit) {
            Map<String, Object> l = (Map<String, Object>) limit;
            rateLimit = new Tenant.RateLimit(((Number) l.get("requests-per-second")).intValue(),
                    ((Number) l.get("burst")).intValue());
        }
        return new Tenant(id, TenantKind.valueOf(String.valueOf(entry.get("kind"))), (String) entry.get("name"),
                entry.get("insee-code") == null ? null : String.valueOf(entry.get("insee-code")), issuers, rateLimit,
                integrationClients);
    }

    @Override
    public String toString() {
        return "TenantDirectory[" + source + ", " + tenants.size() + " tenants, loaded " + Instant.ofEpochMilli(loadedModified) + "]";
    }
}
