package fr.cls.funding.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.cls.funding.request.Purpose;
import fr.cls.funding.scheme.Formats;

/**
 * The checks that only the whole plan can make: each request met its own scheme when filed, but two requests
 * together may still break parity, fund an item twice or exceed the budget. Thresholds are the plan's data: the
 * funders' schemes (which ones demand parity), the declared own shares and costs, the budget given.
 */
final class PlanChecks {

    static final String PARITY = "plan-parity";
    static final String NO_DOUBLE_FUNDING = "plan-no-double-funding";
    static final String WITHIN_BUDGET = "plan-within-budget";
    static final String COORDINATOR_POST_SHARED = "plan-coordinator-post-shared";

    private PlanChecks() {
    }

    static List<PlanCheck> all(PlanFigures figures, BigDecimal budget) {
        return List.of(parity(figures), noDoubleFunding(figures), withinBudget(figures, budget), coordinatorPostShared(figures));
    }

    /**
     * Occitanie: where a funder's scheme asks for the coordinator post to be shared by the signatories, each year
     * that funder funds the post, enough signatories fund it: the funders engaged on it and the collectivité when it
     * brings its own share. The number is the scheme's (coordinator-post-shared).
     */
    static PlanCheck coordinatorPostShared(PlanFigures figures) {
        SortedMap<Slot, Integer> wanted = new TreeMap<>();
        figures.lines().stream().filter(l -> l.coordinatorPostSharedBy() > 0 && l.purpose() == Purpose.COORDINATOR_POST)
                .forEach(line -> line.engaged().forEach((year, amount) -> {
                    if (amount.signum() > 0) {
                        wanted.merge(new Slot(year, Purpose.COORDINATOR_POST), line.coordinatorPostSharedBy(), Math::max);
                    }
                }));
        if (wanted.isEmpty()) {
            return new PlanCheck(COORDINATOR_POST_SHARED, CheckStatus.NOT_APPLICABLE,
                    "Aucun financeur du contrat n'exige que le poste de coordination soit partagé par les signataires",
                    "No funder of the contract asks for the coordinator post to be shared by the signatories");
        }
        SortedMap<Slot, BigDecimal> own = figures.ownShare();
        SortedMap<Slot, SortedMap<String, BigDecimal>> engaged = figures.engaged();
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> passedFr = new ArrayList<>();
        List<String> passedEn = new ArrayList<>();
        wanted.forEach((slot, minimum) -> {
            List<String> contributors = new ArrayList<>(engaged.getOrDefault(slot, new TreeMap<>()).keySet());
            if (own.getOrDefault(slot, FundingLine.ZERO).signum() > 0) {
                contributors.add("collectivité");
            }
            String who = String.join(", ", contributors);
            if (contributors.size() < minimum) {
                fr.add("Poste de coordination " + slot.year() + " financé par " + contributors.size() + " signataire(s) ("
                        + who + ") pour " + minimum + " au moins");
                en.add("Coordinator post " + slot.year() + " funded by " + contributors.size() + " signator"
                        + (contributors.size() == 1 ? "y" : "ies") + " (" + who + "), at least " + minimum + " required");
            } else {
                passedFr.add(slot.year() + " : " + who);
                passedEn.add(slot.year() + ": " + who);
            }
        });
        if (fr.isEmpty()) {
            return new PlanCheck(COORDINATOR_POST_SHARED, CheckStatus.PASS,
                    "Poste de coordination partagé par les signataires (" + String.join(" ; ", passedFr) + ")",
                    "Coordinator post shared by the signatories (" + String.join("; ", passedEn) + ")");
        }
        return new PlanCheck(COORDINATOR_POST_SHARED, CheckStatus.FAIL, String.join(" ; ", fr), String.join("; ", en));
    }

    /** Each funder whose scheme demands parity pays, per purpose and year, no more than the collectivité brings. */
    static PlanCheck parity(PlanFigures figures) {
        TreeSet<String> parityFunders = new TreeSet<>();
        figures.lines().stream().filter(FundingLine::parity).filter(l -> !l.engaged().isEmpty())
                .forEach(l -> parityFunders.add(l.funder()));
        if (parityFunders.isEmpty()) {
            return new PlanCheck(PARITY, CheckStatus.NOT_APPLICABLE, "Aucun financeur du contrat n'exige la parité",
                    "No funder of the contract demands parity");
        }
        SortedMap<Slot, BigDecimal> own = figures.ownShare();
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        figures.engaged().forEach((slot, byFunder) -> byFunder.forEach((funder, amount) -> {
            BigDecimal brought = own.getOrDefault(slot, FundingLine.ZERO);
            if (parityFunders.contains(funder) && amount.compareTo(brought) > 0) {
                fr.add("Parité non respectée par " + funder + " en " + slot.year() + " (" + labelFr(slot.purpose()) + ") : "
                        + Formats.eurosFr(amount) + " engagés ou demandés pour " + Formats.eurosFr(brought)
                        + " apportés par la collectivité");
                en.add("Parity not met by " + funder + " in " + slot.year() + " (" + labelEn(slot.purpose()) + "): "
                        + Formats.eurosEn(amount) + " committed or asked, the collectivité brings " + Formats.eurosEn(brought));
            }
        }));
        String funders = String.join(", ", parityFunders);
        if (fr.isEmpty()) {
            return new PlanCheck(PARITY, CheckStatus.PASS, "Parité respectée : " + funders
                    + " ne paie pas plus que la collectivité, pour chaque objet et chaque année",
                    "Parity met: " + funders + " pays no more than the collectivité, for each purpose and year");
        }
        return new PlanCheck(PARITY, CheckStatus.FAIL, String.join(" ; ", fr), String.join("; ", en));
    }

    /** An item (purpose and year) funded by two funders or more: together, no more than its declared cost. */
    static PlanCheck noDoubleFunding(PlanFigures figures) {
        SortedMap<Slot, BigDecimal> cost = figures.declaredCost();
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        int shared = 0;
        for (Map.Entry<Slot, SortedMap<String, BigDecimal>> entry : figures.engaged().entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            shared++;
            Slot slot = entry.getKey();
            BigDecimal together = PlanFigures.sum(entry.getValue());
            BigDecimal declared = cost.getOrDefault(slot, FundingLine.ZERO);
            if (together.compareTo(declared) > 0) {
                String funders = String.join(" et ", entry.getValue().keySet());
                fr.add("Double financement en " + slot.year() + " (" + labelFr(slot.purpose()) + ") : " + funders
                        + " apportent ensemble " + Formats.eurosFr(together) + " pour un coût déclaré de " + Formats.eurosFr(declared));
                en.add("Double funding in " + slot.year() + " (" + labelEn(slot.purpose()) + "): "
                        + String.join(" and ", entry.getValue().keySet()) + " together bring " + Formats.eurosEn(together)
                        + " for a declared cost of " + Formats.eurosEn(declared));
            }
        }
        if (shared == 0) {
            return new PlanCheck(NO_DOUBLE_FUNDING, CheckStatus.NOT_APPLICABLE,
                    "Aucun objet n'est financé par deux financeurs la même année",
                    "No purpose is funded by two funders in the same year");
        }
        if (fr.isEmpty()) {
            return new PlanCheck(NO_DOUBLE_FUNDING, CheckStatus.PASS,
                    "Pas de double financement : les objets cofinancés ne reçoivent pas plus que leur coût déclaré",
                    "No double funding: co-funded purposes get no more than their declared cost");
        }
        return new PlanCheck(NO_DOUBLE_FUNDING, CheckStatus.FAIL, String.join(" ; ", fr), String.join("; ", en));
    }

    /** The funders' engaged amounts and the collectivité's own share, over the whole plan, within the budget. */
    static PlanCheck withinBudget(PlanFigures figures, BigDecimal budget) {
        if (budget == null) {
            return new PlanCheck(WITHIN_BUDGET, CheckStatus.NOT_APPLICABLE,
                    "Budget du contrat non connu de funding-service : le donner en paramètre (?budget=) pour le vérifier",
                    "The contract's budget is not known to funding-service: give it as a parameter (?budget=) to check it");
        }
        BigDecimal funders = figures.engaged().values().stream().map(PlanFigures::sum).reduce(FundingLine.ZERO, BigDecimal::add);
        BigDecimal own = PlanFigures.sum(figures.ownShare());
        BigDecimal total = funders.add(own);
        String fr = Formats.eurosFr(funders) + " des financeurs et " + Formats.eurosFr(own) + " de la collectivité, soit "
                + Formats.eurosFr(total) + ", pour un budget de " + Formats.eurosFr(budget);
        String en = Formats.eurosEn(funders) + " from the funders and " + Formats.eurosEn(own) + " from the collectivité, "
                + Formats.eurosEn(total) + " in all, for a budget of " + Formats.eurosEn(budget);
        if (total.compareTo(budget) > 0) {
            return new PlanCheck(WITHIN_BUDGET, CheckStatus.FAIL, "Budget dépassé : " + fr, "Budget exceeded: " + en);
        }
        return new PlanCheck(WITHIN_BUDGET, CheckStatus.PASS, "Budget respecté : " + fr, "Within budget: " + en);
    }

    static String labelFr(Purpose purpose) {
        return switch (purpose) {
            case COORDINATOR_POST -> "poste de coordination";
            case DIAGNOSTIC -> "diagnostic";
            case ENGINEERING -> "ingénierie";
            case ACTIONS -> "actions";
        };
    }

    static String labelEn(Purpose purpose) {
        return switch (purpose) {
            case COORDINATOR_POST -> "coordinator post";
            case DIAGNOSTIC -> "diagnostic";
            case ENGINEERING -> "engineering";
            case ACTIONS -> "actions";
        };
    }
}
