package fr.cls.contract.contract;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.platform.events.OutboxEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Republishes a contract's profile (status, dates, territory, parties, coordinator) after each change, in the transaction of
 * the change: funders evaluate their rules on it without reading this service's tables.
 */
@Component
class ContractProfiles {

    private final OutboxEventPublisher outbox;
    private final ContractPartyRepository parties;
    private final JsonMapper json;

    ContractProfiles(OutboxEventPublisher outbox, ContractPartyRepository parties, JsonMapper json) {
        this.outbox = outbox;
        this.parties = parties;
        this.json = json;
    }

    void publish(Contract contract) {
        List<String> partyTenants = parties.findByContractIdOrderByAddedAt(contract.id().value()).stream()
                .map(ContractParty::tenantId).toList();
        outbox.publish(ContractEvents.TOPIC, ContractProfileV1.TYPE, contract.id().toString(),
                new ContractProfileV1(contract.id().value(), contract.kind().name(), contract.title(),
                        contract.status().name(), contract.startDate(), contract.endDate(), contract.territoryBeneficiary(),
                        contract.territoryPopulation(), contract.territoryDepartements(), codesOf(contract.territory()),
                        partyTenants, contract.coordinator() == null ? List.of() : List.of(contract.coordinator()),
                        contract.coordinator() == null || contract.coordinatorIssuer() == null ? List.of()
                                : List.of(contract.coordinatorIssuer())));
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
