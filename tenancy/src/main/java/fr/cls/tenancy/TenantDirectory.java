package fr.cls.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The tenants: the bootstrap file (a ConfigMap in Kubernetes), re-read when it changes, under the entries the
 * operators' API publishes on the {@code cls.tenants.v1} topic ({@link TenantDirectoryFeed}), which take precedence
 * from their first change on. A broken file edit keeps the last good directory and is logged, so a typo never locks
 * every tenant out.
 */
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

    private final Resource source;
    private final UnaryOperator<String> placeholders;
    private volatile Map<String, Tenant> fromFile;
    private final Map<String, Tenant> published = new ConcurrentHashMap<>();
    private volatile long loadedModified;

    /** @param placeholders resolves {@code ${NAME:default}} in the file, e.g. the local issuer URL */
    public TenantDirectory(Resource source, UnaryOperator<String> placeholders) {
        this.source = source;
        this.placeholders = placeholders;
        this.fromFile = parse(read());
        this.loadedModified = lastModified();
    }

    public Optional<Tenant> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Tenant tenant = published.get(id);
        return Optional.ofNullable(tenant != null ? tenant : fromFile.get(id));
    }

    /** Every tenant, the file's order first, then those added through the API. */
    public Collection<Tenant> all() {
        Map<String, Tenant> merged = new LinkedHashMap<>(fromFile);
        merged.putAll(published);
        return List.copyOf(merged.values());
    }

    /** Whether any tenant trusts this issuer: tokens from elsewhere are not even looked at. */
    public boolean isTrustedIssuer(String issuer) {
        return all().stream().anyMatch(t -> t.issuers().contains(issuer));
    }

    /**
     * Takes a published entry unless this directory already holds the same or a later version of that tenant
     * (the topic is read from its beginning at every start, and a record may come twice).
     *
     * @return whether the entry changed the directory
     */
    public boolean apply(Tenant tenant) {
        Tenant known = published.get(tenant.id());
        if (known != null && known.version() >= tenant.version()) {
            return false;
        }
        published.put(tenant.id(), tenant);
        log.info("tenant {} is now at version {}{}", tenant.id(), tenant.version(), tenant.suspended() ? " (suspended)" : "");
        return true;
    }

    /** Re-reads the file if it changed since the last load. */
    public void refresh() {
        long modified = lastModified();
        if (modified == loadedModified) {
            return;
        }
        try {
            fromFile = parse(read());
            loadedModified = modified;
            log.info("tenant directory reloaded from {}: {} tenants", source, fromFile.size());
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
            return placeholders.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tenant directory " + source, e);
        }
    }

    static Map<String, Tenant> parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("tenants") instanceof List<?> entries)) {
            throw new IllegalArgumentException("the tenant directory must have a 'tenants' list");
        }
        Map<String, Tenant> byId = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("a tenant entry must be a map");
            }
            Tenant tenant = TenantEntry.toTenant(fields);
            if (byId.put(tenant.id(), tenant) != null) {
                throw new IllegalArgumentException("tenant " + tenant.id() + " is listed twice");
            }
        }
        return Map.copyOf(byId);
    }

    @Override
    public String toString() {
        return "TenantDirectory[" + source + ", " + fromFile.size() + " tenants from the file, " + published.size()
                + " published, loaded " + Instant.ofEpochMilli(loadedModified) + "]";
    }
}
