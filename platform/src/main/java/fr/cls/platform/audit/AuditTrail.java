package fr.cls.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cls.platform.context.Actor;
import fr.cls.platform.context.CorrelationId;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;

/**
 * Records and reads the current tenant's audit trail. {@link #record} joins the caller's transaction (it
 * refuses to run without one), so an entry exists if and only if the change commits.
 */
public class AuditTrail {

    private static final int FETCH_SIZE = 500;
    private static final String COLUMNS = """
            seq, id, tenant_id, subject, issuer, roles, action, resource_type, resource_id, version_before, version_after,
            correlation_id, occurred_at, key_id, previous_hash, hash""";
    private static final RowMapper<AuditEntry> ROW = AuditTrail::map;

    private final JdbcTemplate jdbc;
    /** Same data source, but fetches in batches: export and verify read a whole chain without holding it in memory. */
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;
    private final AuditSealer sealer;
    private final Duration sealWithin;

    AuditTrail(JdbcTemplate jdbc, Clock clock, AuditKeys keys, AuditCheckpoints checkpoints, AuditSealer sealer,
            Duration sealWithin) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.sealer = sealer;
        this.sealWithin = sealWithin;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.clock = clock;
    }

    /**
     * Writes an entry of the current tenant's trail, as the current actor, in the caller's transaction: an insert and
     * nothing else, so concurrent writes of one tenant do not wait for each other. The entry carries the MAC of its
     * own content (key id included) but no link yet; after the commit the tenant's {@link AuditSealer} links it into
     * the chain, within milliseconds. Until then it is listed and exported with an empty hash.
     *
     * @param action what was done, e.g. {@code contract.initiate}
     * @param versionBefore null for a creation
     * @param versionAfter null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String action, String resourceType, String resourceId, Long versionBefore,
            Long versionAfter) {
        requireText(action, "action");
        requireText(resourceType, "resourceType");
        requireText(resourceId, "resourceId");
        String tenant = TenantContext.require();
        Actor actor = CurrentActor.get();

        AuditKeys.Key key = keys.current();
        AuditEntry draft = new AuditEntry(0, UUID.randomUUID(), tenant, actor.subject(), actor.issuer(),
                String.join(",", actor.roles()), action, resourceType, resourceId, versionBefore, versionAfter, CorrelationId.currentOrNew(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), key.id(), null, null);
        Long seq = jdbc.queryForObject("""
                insert into audit_entry (id, tenant_id, subject, issuer, roles, action, resource_type, resource_id,
                                         version_before, version_after, correlation_id, occurred_at, key_id, entry_mac)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning seq""", Long.class,
                draft.id(), tenant, draft.subject(), draft.issuer(), draft.roles(), action, resourceType, resourceId, versionBefore,
                versionAfter, draft.correlationId(), OffsetDateTime.ofInstant(draft.occurredAt(), ZoneOffset.UTC),
                key.id(), AuditHash.entryMac(key, draft));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sealer.wake(tenant);
            }
        });
        return new AuditEntry(seq, draft.id(), tenant, draft.subject(), draft.issuer(), draft.roles(), action, resourceType, resourceId,
                versionBefore, versionAfter, draft.correlationId(), draft.occurredAt(), key.id(), null, null);
    }

    /** The current tenant's entries, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        Where where = where(filter);
        Long total = jdbc.queryForObject("select count(*) from audit_entry where " + where.sql, Long.class,
                where.args.toArray());
        List<Object> args = new ArrayList<>(where.args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<AuditEntry> entries = jdbc.query("select " + COLUMNS + " from audit_entry where " + where.sql
                + " order by seq desc limit ? offset ?", ROW, args.toArray());
        return new PageImpl<>(entries, pageable, total == null ? 0 : total);
    }

    /**
     * Streams the current tenant's entries in chain order (oldest first), then those not sealed yet in seq order
     * (empty link and hash).
     */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        Where where = where(filter);
        streaming.query("select " + COLUMNS + " from audit_entry where " + where.sql + " and hash is not null"
                + " order by coalesce(chain_position, seq)", (RowCallbackHandler) rs -> consumer.accept(map(rs, 0)),
                where.args.toArray());
        streaming.query("select " + COLUMNS + " from audit_entry where " + where.sql + " and hash is null order by seq",
                (RowCallbackHandler) rs -> consumer.accept(map(rs, 0)), where.args.toArray());
    }

    /**
     * Seals what the tenant committed so far, then recomputes the whole chain — each entry must link to its
     * predecessor and carry the MAC its key gives — and compares it with the checkpoints published outside the
     * database: a checkpointed entry that is gone (newest entries deleted) or whose MAC changed (chain recomputed)
     * makes the chain invalid. So does an entry left unsealed longer than {@code cls.audit.seal-within} (its own MAC
     * does not hold, or no sealer ran).
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String tenant = TenantContext.require();
        sealer.sealNow(tenant);
        ChainCheck check = new ChainCheck(keys);
        String checkpointStatus;
        try {
            check.expect(checkpoints.of(tenant));
            checkpointStatus = check.checkpointCount() == 0 ? ChainVerification.NO_CHECKPOINT_YET : ChainVerification.CHECKED;
        } catch (IllegalStateException e) {
            checkpointStatus = ChainVerification.CHECKPOINTS_UNAVAILABLE;
        }
        streaming.query("select " + COLUMNS + " from audit_entry where tenant_id = ? and hash is not null"
                + " order by coalesce(chain_position, seq)", (RowCallbackHandler) rs -> check.accept(map(rs, 0)), tenant);
        jdbc.query("select seq, occurred_at, count(*) over () from audit_entry where tenant_id = ? and hash is null"
                + " order by seq limit 1", (RowCallbackHandler) rs -> check.unsealed(rs.getLong(3), rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant()), tenant);
        return check.result(checkpointStatus, clock.instant().minus(sealWithin));
    }

    private static Where where(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(TenantContext.require()));
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            args.add(filter.action());
        }
        return new Where(sql.toString(), args);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new AuditEntry(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getString("tenant_id"),
                rs.getString("subject"), rs.getString("issuer"), rs.getString("roles"), rs.getString("action"), rs.getString("resource_type"),
                rs.getString("resource_id"), rs.getObject("version_before", Long.class),
                rs.getObject("version_after", Long.class), rs.getString("correlation_id"), occurredAt,
                rs.getString("key_id"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
