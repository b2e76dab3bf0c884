package fr.cls.contract.tenant;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.security.Roles;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TenantEntry;
import fr.cls.tenancy.TenantFeedProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operators' changes to the tenant directory. Each one is checked ({@link TenantRules}) against the version the
 * operator saw, stored, audited and published on {@code cls.tenants.v1} through the outbox, all in one transaction:
 * every instance of every service and the gateway takes it from the topic within seconds, without restart.
 * A tenant of the bootstrap file is at version 0 until its first change here.
 */
@Service
public class TenantDirectoryChanges {

    static final String CHANGED = "cls.tenant.changed.v1";

    private final JdbcTemplate jdbc;
    private final TenantDirectory directory;
    private final OutboxEventPublisher outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final TenantRules rules;
    private final JsonMapper json = JsonMapper.builder().build();

    TenantDirectoryChanges(JdbcTemplate jdbc, TenantDirectory directory, OutboxEventPublisher outbox, AuditTrail audit,
            Clock clock, @Value("${cls.tenant-directory.http-issuers-allowed:false}") boolean httpIssuersAllowed) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.rules = new TenantRules(httpIssuersAllowed);
    }

    /** Every tenant as this instance knows it, with the version the next change must name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_OPERATOR)
    public List<Tenant> list() {
        Map<String, Tenant> all = new LinkedHashMap<>();
        directory.all().forEach(t -> all.put(t.id(), t));
        stored().forEach(t -> all.put(t.id(), t));
        return all.values().stream().sorted(Comparator.comparing(Tenant::id)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_OPERATOR)
    public Tenant get(String id) {
        return current(id, false).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    @Transactional
    @PreAuthorize(Roles.IS_OPERATOR)
    public Tenant create(String id, TenantDraft draft) {
        if (current(id, true).isPresent()) {
            throw new RuleViolationException("tenant-id-free", "a tenant " + id + " already exists", id);
        }
        Tenant tenant = draft.toTenant(id, false, 1);
        rules.check(tenant, list());
        return save(tenant, "tenant.create", null);
    }

    @Transactional
    @PreAuthorize(Roles.IS_OPERATOR)
    public Tenant change(String id, Long seenVersion, TenantDraft draft) {
        Tenant current = require(id, seenVersion);
        if (draft.kind() != current.kind()) {
            throw new RuleViolationException("tenant-kind-fixed",
                    "tenant " + id + " is of kind " + current.kind() + "; its kind does not change", current.kind());
        }
        Tenant tenant = draft.toTenant(id, current.suspended(), current.version() + 1);
        rules.check(tenant, list());
        return save(tenant, "tenant.change", current.version());
    }

    /** Its people's tokens are refused everywhere from the moment the instances read the change; its data stays. */
    @Transactional
    @PreAuthorize(Roles.IS_OPERATOR)
    public Tenant suspend(String id, Long seenVersion) {
        Tenant current = require(id, seenVersion);
        if (id.equals(TenantContext.require())) {
            throw new RuleViolationException("tenant-suspend-own", "operators do not suspend their own tenant", id);
        }
        if (current.suspended()) {
            throw new RuleViolationException("tenant-active", "tenant " + id + " is already suspended", id);
        }
        return save(with(current, true), "tenant.suspend", current.version());
    }

    @Transactional
    @PreAuthorize(Roles.IS_OPERATOR)
    public Tenant reinstate(String id, Long seenVersion) {
        Tenant current = require(id, seenVersion);
        if (!current.suspended()) {
            throw new RuleViolationException("tenant-suspended", "tenant " + id + " is not suspended", id);
        }
        return save(with(current, false), "tenant.reinstate", current.version());
    }

    private Tenant require(String id, Long seenVersion) {
        Tenant current = current(id, true).orElseThrow(() -> new NotFoundException("tenant", id));
        Versions.check("tenant " + id, current.version(), seenVersion);
        return current;
    }

    private static Tenant with(Tenant t, boolean suspended) {
        return new Tenant(t.id(), t.kind(), t.name(), t.inseeCode(), t.issuers(), t.rateLimit(), t.integrationClients(),
                t.roles(), suspended, t.version() + 1);
    }

    private Tenant save(Tenant tenant, String action, Long versionBefore) {
        String entry = json.writeValueAsString(TenantEntry.of(tenant));
        Timestamp now = Timestamp.from(clock.instant());
        String by = CurrentActor.get().subject();
        if (versionBefore == null || versionBefore == 0) {
            try {
                jdbc.update("""
                        insert into tenant_directory_entry (id, operator_tenant_id, entry, version, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?)""", tenant.id(), TenantContext.require(), entry, tenant.version(), now, by);
            } catch (DuplicateKeyException e) {
                // Another operator created or first changed the same tenant in between.
                if (versionBefore == null) {
                    throw new RuleViolationException("tenant-id-free", "a tenant " + tenant.id() + " already exists",
                            tenant.id());
                }
                Versions.check("tenant " + tenant.id(), tenant.version(), versionBefore);
            }
        } else {
            jdbc.update("update tenant_directory_entry set entry = ?, version = ?, changed_at = ?, changed_by = ? where id = ?",
                    entry, tenant.version(), now, by, tenant.id());
        }
        outbox.publish(TenantFeedProperties.TOPIC, CHANGED, tenant.id(), TenantEntry.of(tenant));
        audit.record(action, "tenant", tenant.id(), versionBefore, tenant.version());
        return tenant;
    }

    /** The stored entry (locked for a change) or else the directory's, from the bootstrap file. */
    private Optional<Tenant> current(String id, boolean forUpdate) {
        List<Tenant> found = jdbc.query("select entry from tenant_directory_entry where id = ?" + (forUpdate ? " for update" : ""),
                (rs, i) -> TenantEntry.toTenant(json.readValue(rs.getString(1), Map.class)), id);
        return found.isEmpty() ? directory.find(id) : Optional.of(found.get(0));
    }

    private List<Tenant> stored() {
        return jdbc.query("select entry from tenant_directory_entry",
                (rs, i) -> TenantEntry.toTenant(json.readValue(rs.getString(1), Map.class)));
    }
}
