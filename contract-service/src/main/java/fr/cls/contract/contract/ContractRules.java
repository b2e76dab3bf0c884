package fr.cls.contract.contract;

/**
 * The owner tenant's rules for its contracts, as data (table tenant_contract_rule), from the regions' pages:
 * PACA 3 years, Auvergne-Rhône-Alpes 5 years, Bretagne at least 50,000 inhabitants, Occitanie an infra-departmental
 * territory.
 *
 * @param durationYears null: the end date is given at signature
 * @param minimumPopulation null: no minimum
 * @param territoryWithinOneDepartement every commune of the territory lies in one département
 */
public record ContractRules(Integer durationYears, Long minimumPopulation, boolean territoryWithinOneDepartement) {

    static final ContractRules NONE = new ContractRules(null, null, false);

    public ContractRules(Integer durationYears, Long minimumPopulation) {
        this(durationYears, minimumPopulation, false);
    }
}
