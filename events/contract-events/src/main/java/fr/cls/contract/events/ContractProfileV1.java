package fr.cls.contract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other services need to know of a contract to fund or follow it, republished whole after every change (the
 * last one wins; the key keeps them in order). The owner tenant is in the envelope.
 *
 * @param beneficiaryKind EPCI (one EPCI), GROUP_OF_EPCI (several EPCI, or EPCI and communes), COMMUNE (communes
 *                        only); null while the territory is not defined
 * @param population      INSEE municipal population of the territory; null while not defined
 * @param departements    INSEE codes of the territory's départements
 * @param territoryCodes  the INSEE codes of the territory's communes and EPCI (SIREN), to find overlaps
 * @param partyTenants    the other tenants taking part (co-funders, signatories with an account)
 * @param coordinators    token subjects of the contract's coordinators (notification-service tells them of their
 *                        contracts); null from producers that predate the field
 * @param coordinatorIssuers the issuer of each coordinator's account, in the order of {@code coordinators}: a
 *                        person is issuer and subject together; null from producers that predate the field
 * @param territoryEdition the edition of the official division the territory was resolved against (e.g.
 *                        {@code decoupage-administratif-6.0.0}); null while not defined, and from producers that
 *                        predate the field
 * @param communes        every commune the territory covers, in that edition: what territories are compared on
 *                        (overlaps, exclusivity); null from producers that predate the field (compare the
 *                        {@code territoryCodes} then)
 */
public record ContractProfileV1(UUID contractId, String kind, String title, String status, LocalDate startDate,
        LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
        List<String> territoryCodes, List<String> partyTenants, List<String> coordinators,
        List<String> coordinatorIssuers, String territoryEdition, List<TerritoryCommune> communes) {

    public static final String TYPE = "cls.contract.profile.v1";

    /** Without the territory's communes (not known to the producer). */
    public ContractProfileV1(UUID contractId, String kind, String title, String status, LocalDate startDate,
            LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants, List<String> coordinators,
            List<String> coordinatorIssuers) {
        this(contractId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, coordinators, coordinatorIssuers, null, null);
    }

    /** Coordinators without their issuers (not known to the producer). */
    public ContractProfileV1(UUID contractId, String kind, String title, String status, LocalDate startDate,
            LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants, List<String> coordinators) {
        this(contractId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, coordinators, null, null, null);
    }

    /** Without coordinators (not known to the producer). */
    public ContractProfileV1(UUID contractId, String kind, String title, String status, LocalDate startDate,
            LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants) {
        this(contractId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, null, null, null, null);
    }
}
