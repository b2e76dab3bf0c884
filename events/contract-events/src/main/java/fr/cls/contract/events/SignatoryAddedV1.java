package fr.cls.contract.events;

import java.util.UUID;

/**
 * An organisation was listed as a signatory of the contract (while it is drafted, or when a signed contract is
 * imported). governance-service proposes it a seat in the contract's COPIL and COTECH.
 *
 * @param kind ARS, COLLECTIVITE, PREFECTURE, DEPARTEMENT, CPAM, CAF, MSA, HOSPITAL, CPTS or OTHER
 * @param carrier one of the collectivités carrying the contract
 */
public record SignatoryAddedV1(UUID contractId, UUID signatoryId, String organisation, String kind, Boolean carrier) {

    public static final String TYPE = "cls.contract.signatory-added.v1";
}
