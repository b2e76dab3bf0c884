package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One typed rule of a financing scheme. Stored as JSON with its code as the "type" property, so a scheme reads as
 * a list of rules a funder can recognise (e.g. {"type": "cap-per-year", "amount": 10000}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BeneficiaryKinds.class, name = BeneficiaryKinds.CODE),
        @JsonSubTypes.Type(value = MinimumPopulation.class, name = MinimumPopulation.CODE),
        @JsonSubTypes.Type(value = ContractKinds.class, name = ContractKinds.CODE),
        @JsonSubTypes.Type(value = ContractStatuses.class, name = ContractStatuses.CODE),
        @JsonSubTypes.Type(value = FunderTerritory.class, name = FunderTerritory.CODE),
        @JsonSubTypes.Type(value = CapPerFte.class, name = CapPerFte.CODE),
        @JsonSubTypes.Type(value = CapPerYear.class, name = CapPerYear.CODE),
        @JsonSubTypes.Type(value = CapOverPeriod.class, name = CapOverPeriod.CODE),
        @JsonSubTypes.Type(value = MaximumYears.class, name = MaximumYears.CODE),
        @JsonSubTypes.Type(value = CoFinancingRequired.class, name = CoFinancingRequired.CODE),
        @JsonSubTypes.Type(value = Parity.class, name = Parity.CODE),
        @JsonSubTypes.Type(value = NoClsAndClsmOnSameTerritory.class, name = NoClsAndClsmOnSameTerritory.CODE),
        @JsonSubTypes.Type(value = ValidConventionRequired.class, name = ValidConventionRequired.CODE),
        @JsonSubTypes.Type(value = YearlyInstalments.class, name = YearlyInstalments.CODE),
        @JsonSubTypes.Type(value = CoordinatorPostShared.class, name = CoordinatorPostShared.CODE),
        @JsonSubTypes.Type(value = PlanAlignment.class, name = PlanAlignment.CODE)
})
public sealed interface SchemeRule permits BeneficiaryKinds, MinimumPopulation, ContractKinds, ContractStatuses,
        FunderTerritory, CapPerFte, CapPerYear, CapOverPeriod, MaximumYears, CoFinancingRequired, Parity,
        NoClsAndClsmOnSameTerritory, ValidConventionRequired, YearlyInstalments, CoordinatorPostShared, PlanAlignment {

    /** Stable kebab-case name, used in API answers and problem+json; also the JSON "type". */
    String code();

    RuleOutcome evaluate(FundingCase fundingCase);

    /** The most this rule lets this request get in that year, when it caps years (less what other requests hold). */
    default Optional<BigDecimal> yearlyCap(int year, FundingCase fundingCase) {
        return Optional.empty();
    }

    /** The most this rule lets the funder grant over the whole period, when it caps it. */
    default Optional<BigDecimal> periodCap() {
        return Optional.empty();
    }
}
