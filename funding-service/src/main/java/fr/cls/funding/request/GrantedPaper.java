package fr.cls.funding.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import fr.cls.funding.events.ConventionPaper;
import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.scheme.Evaluation;
import fr.cls.funding.scheme.RuleOutcome;
import fr.cls.funding.scheme.YearlyInstalments;

/**
 * The convention de financement of a granted request, from the request, its contract and how its scheme version
 * judged the amounts granted on the day of the decision. Built the same way for the grant event (the email's
 * attachment) and for the download, so that both print the same paper.
 */
public final class GrantedPaper {

    private static final Map<String, String> PURPOSES = Map.of(
            "COORDINATOR_POST", "Poste de coordination",
            "DIAGNOSTIC", "Diagnostic local de santé",
            "ENGINEERING", "Ingénierie",
            "ACTIONS", "Actions");

    private GrantedPaper() {
    }

    /** @param tenantName a tenant id to its name in the tenant directory */
    public static ConventionPaper of(FundingRequest request, ContractProfile contract, Evaluation evaluation,
            UnaryOperator<String> tenantName) {
        List<ConventionPaper.Year> years = new ArrayList<>();
        request.granted().forEach((year, granted) -> years.add(new ConventionPaper.Year(year, request.requested().get(year), granted)));
        String terms = evaluation.outcome(YearlyInstalments.CODE).map(RuleOutcome::explanationFr)
                .orElse("Versement chaque année, selon l’échéancier de la convention");
        return new ConventionPaper(tenantName.apply(request.funderTenantId()), tenantName.apply(request.ownerTenantId()),
                contract.title(), contract.startDate(), contract.endDate(),
                PURPOSES.getOrDefault(request.purpose().name(), request.purpose().name()), years, terms, request.schemeCode(),
                evaluation.scheme().name(), request.schemeVersion(), evaluation.outcomes().stream().map(GrantedPaper::rule).toList(),
                request.decidedOn(), request.reasons());
    }

    private static ConventionPaper.Rule rule(RuleOutcome outcome) {
        String how = outcome.passed() ? "respectée" : outcome.attention() ? "point d’attention" : "non respectée";
        return new ConventionPaper.Rule(outcome.code(), how, outcome.explanationFr());
    }
}
