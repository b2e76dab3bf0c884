package fr.cls.contract.contract;

import java.util.UUID;

/** Domain event: an organisation was listed as a signatory of the contract. */
public record SignatoryListed(ContractId contractId, String tenantId, UUID signatoryId, String organisation,
        SignatoryKind kind, boolean carrier) {
}
