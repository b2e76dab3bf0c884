package fr.cls.contract.contract.web;

import java.time.Instant;

import fr.cls.contract.contract.ContractParty;

record PartyResponse(String tenantId, String role, Instant addedAt) {

    static PartyResponse of(ContractParty party) {
        return new PartyResponse(party.tenantId(), party.role().name(), party.addedAt());
    }
}
