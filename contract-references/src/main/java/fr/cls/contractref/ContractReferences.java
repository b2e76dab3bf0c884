package fr.cls.contractref;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.platform.context.Actor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Coordinator;
import fr.cls.tenancy.TenantDirectory;

/** Keeps the local copy of contracts and their status; each event is applied once (inbox). */
public class ContractReferences {

    private final EventRoutes routes;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TenantDirectory tenants;

    /** @param consumer this service's name for the inbox, e.g. {@code funding-service.contract-references} */
    ContractReferences(String consumer, EventInbox inbox, JdbcTemplate jdbc, Clock clock, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
        this.routes = inbox.routes(consumer)
                .on(ContractInitiatedV1.class, this::initiated)
                .onAny(ContractTransitionedV1::isTransition, ContractTransitionedV1.class, this::transitioned)
                .on(ContractProfileV1.class, this::profile);
    }

    /** The current tenant's view of a contract it owns, if this service has heard of it. */
    @Transactional(readOnly = true)
    public Optional<String> statusOf(UUID contractId) {
        return jdbc.query("select status from contract_reference where contract_id = ? and tenant_id = ?",
                (rs, i) -> rs.getString(1), contractId, TenantContext.require()).stream().findFirst();
    }

    /** The current tenant's view of a contract it owns, if this service has heard of it. */
    @Transactional(readOnly = true)
    public Optional<ContractReference> find(UUID contractId) {
        return jdbc.query("select contract_id, kind, title, status from contract_reference where contract_id = ? and tenant_id = ?",
                (rs, i) -> new ContractReference(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)), contractId, TenantContext.require()).stream().findFirst();
    }

    /**
     * The coordinators (issuer and subject) named on a contract the current tenant owns (empty when none, or
     * unknown): the input of {@link CoordinatedContracts}.
     */
    @Transactional(readOnly = true)
    public List<Coordinator> coordinatorsOf(UUID contractId) {
        return jdbc.query("select coordinators, coordinator_issuers from contract_reference where contract_id = ? and tenant_id = ?",
                (rs, i) -> Coordinator.of(java.util.Arrays.asList((String[]) rs.getArray(1).getArray()),
                        java.util.Arrays.asList((String[]) rs.getArray(2).getArray())), contractId, TenantContext.require())
                .stream().findFirst().orElse(List.of());
    }

    /** The current tenant's contracts naming this person among their coordinators ({@link CoordinatedContracts}). */
    @Transactional(readOnly = true)
    public Set<UUID> coordinatedBy(Actor actor) {
        return Set.copyOf(jdbc.queryForList("select r.contract_id from contract_reference r where "
                + CoordinatedContracts.sqlAmong("r.tenant_id", "r.coordinators", "r.coordinator_issuers"), UUID.class,
                CoordinatedContracts.sqlArguments(actor, tenants).toArray()));
    }

    /** Not transactional itself: the inbox sets the event's tenant first, then opens the transaction. */
    @KafkaListener(topics = ContractEvents.TOPIC)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void initiated(EventEnvelope event, ContractInitiatedV1 initiated) {
        jdbc.update("""
                insert into contract_reference (contract_id, tenant_id, kind, title, status, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict (contract_id) do nothing""",
                initiated.contractId(), event.tenantid(), initiated.kind(), initiated.title(), initiated.status(),
                java.sql.Timestamp.from(clock.instant()));
    }

    private void transitioned(EventEnvelope event, ContractTransitionedV1 transitioned) {
        // Upsert: an imported contract (signed before the platform) has no initiated event before it.
        jdbc.update("insert into contract_reference (contract_id, tenant_id, kind, title, status, updated_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (contract_id)"
                + " do update set status = excluded.status, updated_at = excluded.updated_at",
                transitioned.contractId(), event.tenantid(), transitioned.kind(), transitioned.title(),
                transitioned.toStatus(), java.sql.Timestamp.from(clock.instant()));
    }

    private void profile(EventEnvelope event, ContractProfileV1 profile) {
        if (profile.coordinators() == null) {
            return; // a producer that predates the field says nothing of coordinators
        }
        // Issuers aligned with the coordinators; none from a producer that predates them (legacy: null issuers).
        List<String> issuers = profile.coordinatorIssuers() == null ? List.of() : profile.coordinatorIssuers();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into contract_reference (contract_id, tenant_id, kind,"
                    + " title, status, coordinators, coordinator_issuers, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (contract_id) do update set coordinators = excluded.coordinators,"
                    + " coordinator_issuers = excluded.coordinator_issuers");
            statement.setObject(1, profile.contractId());
            statement.setString(2, event.tenantid());
            statement.setString(3, profile.kind());
            statement.setString(4, profile.title());
            statement.setString(5, profile.status());
            statement.setArray(6, connection.createArrayOf("text", profile.coordinators().toArray()));
            statement.setArray(7, connection.createArrayOf("text", issuers.toArray()));
            statement.setTimestamp(8, java.sql.Timestamp.from(clock.instant()));
            return statement;
        });
    }
}
