package fr.cls.funding.profile;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.events.ActionSheetChangedV1;
import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.TerritoryCommune;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.context.Actor;
import fr.cls.tenancy.TenantDirectory;

/**
 * Keeps the contracts' profiles and their annual reports from contract-service's events (each applied once), and
 * reads them for the current tenant: its own contracts and those it takes part in.
 */
@Component
public class ContractProfiles {

    static final String CONSUMER = "funding-service.contract-profiles";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TenantDirectory tenants;
    private final EventRoutes routes;

    ContractProfiles(EventInbox inbox, JdbcTemplate jdbc, Clock clock, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
        this.routes = inbox.routes(CONSUMER)
                .on(ContractProfileV1.class, (event, profile) -> store(event.tenantid(), profile))
                .onAny(Set.of(ActionSheetChangedV1.TYPE_CREATED, ActionSheetChangedV1.TYPE_UPDATED)::contains,
                        ActionSheetChangedV1.class, (event, sheet) -> align(event.tenantid(), sheet))
                .on(AnnualReportSubmittedV1.class, this::reportReceived);
    }

    @Transactional(readOnly = true)
    public Optional<ContractProfile> find(UUID contractId) {
        return jdbc.query("select * from contract_profile where contract_id = ?", ContractProfiles::profile, contractId)
                .stream().findFirst();
    }

    /**
     * The contract if the current actor reaches it: its owner's and parties' staff (row-level security), and a
     * confined coordinator only when named on it ({@link CoordinatedContracts}). Empty means 404.
     */
    @Transactional(readOnly = true)
    public Optional<ContractProfile> reachable(UUID contractId) {
        return CoordinatedContracts.reachable(find(contractId), ContractProfile::ownerTenantId,
                ContractProfile::namedCoordinators, tenants);
    }

    /** {@link #reachable}, or 404 naming the contract. */
    @Transactional(readOnly = true)
    public ContractProfile require(UUID contractId) {
        return reachable(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
    }

    /** The current tenant's contracts naming this person among their coordinators ({@link CoordinatedContracts}). */
    @Transactional(readOnly = true)
    public List<UUID> coordinatedBy(Actor actor) {
        return jdbc.queryForList("select p.contract_id from contract_profile p where "
                + CoordinatedContracts.sqlAmong("p.tenant_id", "p.coordinators", "p.coordinator_issuers"), UUID.class,
                CoordinatedContracts.sqlArguments(actor, tenants).toArray());
    }

    /** Years whose annual report contract-service has received. */
    @Transactional(readOnly = true)
    public Set<Integer> annualReportsReceived(UUID contractId) {
        return new TreeSet<>(jdbc.queryForList("select year from annual_report_received where contract_id = ?", Integer.class,
                contractId));
    }

    /** Visible contracts sharing an EPCI or a listed commune code with the given codes, other than the contract itself. */
    @Transactional(readOnly = true)
    public List<ContractProfile> overlapping(UUID contractId, List<String> territoryCodes) {
        if (territoryCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select * from contract_profile where contract_id <> ? and territory_codes && ?");
            statement.setObject(1, contractId);
            statement.setArray(2, connection.createArrayOf("text", territoryCodes.toArray()));
            return statement;
        }, ContractProfiles::profile);
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = ContractEvents.TOPIC, groupId = CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void reportReceived(EventEnvelope event, AnnualReportSubmittedV1 report) {
        LocalDate on = report.submittedOn() != null ? report.submittedOn() : LocalDate.now(clock);
        jdbc.update("insert into annual_report_received (contract_id, year, tenant_id, received_on) values (?, ?, ?, ?)"
                + " on conflict do nothing", report.contractId(), report.year(), event.tenantid(), Date.valueOf(on));
    }

    /** The action sheet's funder plans, as its last event says; an event from before the field leaves them unknown. */
    private void align(String owner, ActionSheetChangedV1 sheet) {
        if (sheet.funderPlans() == null) {
            return;
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            var statement = connection.prepareStatement("""
                    insert into action_sheet_alignment (action_sheet_id, contract_id, tenant_id, title, status, funder_plans,
                        updated_at) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (action_sheet_id) do update set title = excluded.title, status = excluded.status,
                        funder_plans = excluded.funder_plans, updated_at = excluded.updated_at""");
            statement.setObject(1, sheet.actionSheetId());
            statement.setObject(2, sheet.contractId());
            statement.setString(3, owner);
            statement.setString(4, sheet.title());
            statement.setString(5, sheet.status());
            statement.setArray(6, connection.createArrayOf("text", sheet.funderPlans().toArray()));
            statement.setTimestamp(7, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
    }

    /** Per funder plan ("funder/code"), the contract's action sheets aligned with it, abandoned ones left out. */
    @Transactional(readOnly = true)
    public SortedMap<String, Integer> alignedActions(UUID contractId) {
        SortedMap<String, Integer> aligned = new TreeMap<>();
        jdbc.query("""
                select plan, count(*) from action_sheet_alignment, unnest(funder_plans) as plan
                where contract_id = ? and status <> 'ABANDONED' group by plan""",
                rs -> {
                    aligned.put(rs.getString(1), rs.getInt(2));
                }, contractId);
        return aligned;
    }

    private void store(String owner, ContractProfileV1 p) {
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            var statement = connection.prepareStatement("""
                    insert into contract_profile (contract_id, tenant_id, kind, title, status, start_date, end_date,
                        beneficiary_kind, population, departements, territory_codes, party_tenants, coordinators,
                        coordinator_issuers, updated_at, territory_edition, territory_communes, territory_commune_names,
                        territory_commune_departements)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (contract_id) do update set kind = excluded.kind, title = excluded.title,
                        status = excluded.status, start_date = excluded.start_date, end_date = excluded.end_date,
                        beneficiary_kind = excluded.beneficiary_kind, population = excluded.population,
                        departements = excluded.departements, territory_codes = excluded.territory_codes,
                        party_tenants = excluded.party_tenants, coordinators = excluded.coordinators,
                        coordinator_issuers = excluded.coordinator_issuers, updated_at = excluded.updated_at,
                        territory_edition = excluded.territory_edition, territory_communes = excluded.territory_communes,
                        territory_commune_names = excluded.territory_commune_names,
                        territory_commune_departements = excluded.territory_commune_departements""");
            statement.setObject(1, p.contractId());
            statement.setString(2, owner);
            statement.setString(3, p.kind());
            statement.setString(4, p.title());
            statement.setString(5, p.status());
            statement.setObject(6, p.startDate());
            statement.setObject(7, p.endDate());
            statement.setString(8, p.beneficiaryKind());
            statement.setObject(9, p.population());
            statement.setArray(10, connection.createArrayOf("text", orEmpty(p.departements()).toArray()));
            statement.setArray(11, connection.createArrayOf("text", orEmpty(p.territoryCodes()).toArray()));
            statement.setArray(12, connection.createArrayOf("text", orEmpty(p.partyTenants()).toArray()));
            statement.setArray(13, connection.createArrayOf("text", orEmpty(p.coordinators()).toArray()));
            statement.setArray(14, connection.createArrayOf("text", orEmpty(p.coordinatorIssuers()).toArray()));
            statement.setTimestamp(15, Timestamp.from(clock.instant()));
            List<TerritoryCommune> communes = p.communes() == null ? List.of() : p.communes();
            statement.setString(16, p.territoryEdition());
            statement.setArray(17, connection.createArrayOf("text", communes.stream().map(TerritoryCommune::code).toArray()));
            statement.setArray(18, connection.createArrayOf("text", communes.stream().map(TerritoryCommune::name).toArray()));
            statement.setArray(19, connection.createArrayOf("text",
                    communes.stream().map(TerritoryCommune::departement).toArray()));
            return statement.executeUpdate();
        });
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static ContractProfile profile(ResultSet rs, int row) throws SQLException {
        return new ContractProfile(rs.getObject("contract_id", UUID.class), rs.getString("tenant_id"), rs.getString("kind"),
                rs.getString("title"), rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("beneficiary_kind"),
                (Long) rs.getObject("population"), strings(rs.getArray("departements")),
                strings(rs.getArray("territory_codes")), strings(rs.getArray("party_tenants")), strings(rs.getArray("coordinators")),
                strings(rs.getArray("coordinator_issuers")), rs.getString("territory_edition"), communes(rs));
    }

    private static List<ContractProfile.Commune> communes(ResultSet rs) throws SQLException {
        List<String> codes = strings(rs.getArray("territory_communes"));
        List<String> names = strings(rs.getArray("territory_commune_names"));
        List<String> departements = strings(rs.getArray("territory_commune_departements"));
        return java.util.stream.IntStream.range(0, codes.size())
                .mapToObj(i -> new ContractProfile.Commune(codes.get(i), names.get(i), departements.get(i))).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
