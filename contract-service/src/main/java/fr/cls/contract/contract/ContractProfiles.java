package fr.cls.contract.contract;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.TerritoryCommune;
import fr.cls.platform.events.OutboxEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Republishes a contract's profile (status, dates, territory, parties, coordinator) after each change, in the transaction of
 * the change: funders evaluate their rules on it without reading this service's tables. Runs when the transaction is
 * about to commit, so that the parties a new generation carries over, saved after it, are in its profile.
 */
@Component
class ContractProfiles {

    private final OutboxEventPublisher outbox;
    private final ContractPartyRepository parties;
    private final ContractRepository contracts;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;

    ContractProfiles(OutboxEventPublisher outbox, ContractPartyRepository parties, ContractRepository contracts,
            JsonMapper json, JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.parties = parties;
        this.contracts = contracts;
        this.json = json;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ContractChanged event) {
        Contract contract = contracts.findById(event.contractId().value()).orElseThrow();
        List<String> partyTenants = parties.findByContractIdOrderByAddedAt(contract.id().value()).stream()
                .map(ContractParty::tenantId).toList();
        outbox.publish(ContractEvents.TOPIC, ContractProfileV1.TYPE, contract.id().toString(),
                new ContractProfileV1(contract.id().value(), contract.kind().name(), contract.title(),
                        contract.status().name(), contract.startDate(), contract.endDate(), contract.territoryBeneficiary(),
                        contract.territoryPopulation(), contract.territoryDepartements(), codesOf(contract.territory()),
                        partyTenants, contract.coordinator() == null ? List.of() : List.of(contract.coordinator()),
                        contract.coordinator() == null || contract.coordinatorIssuer() == null ? List.of()
                                : List.of(contract.coordinatorIssuer()),
                        contract.territoryEdition(), communesOf(contract)));
    }

    /** The covered communes with their names, so that funders can say which communes two territories share. */
    private List<TerritoryCommune> communesOf(Contract contract) {
        if (contract.territoryCommunes().isEmpty()) {
            return List.of();
        }
        return jdbc.query("select code, name, departement from commune where code = any(?) order by code",
                (rs, i) -> new TerritoryCommune(rs.getString(1), rs.getString(2), rs.getString(3)),
                (Object) contract.territoryCommunes().toArray(String[]::new));
    }

    /** The territory is stored as {@code {"communes":[...],"epci":[...]}}. */
    private List<String> codesOf(String territory) {
        List<String> codes = new ArrayList<>();
        if (territory != null && !territory.isBlank()) {
            JsonNode members = json.readTree(territory);
            members.path("communes").forEach(code -> codes.add(code.asString()));
            members.path("epci").forEach(code -> codes.add(code.asString()));
        }
        return codes;
    }
}
