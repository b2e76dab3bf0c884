package fr.cls.contract.paper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the templates of the contract's documents read: plain records assembled from the kept snapshots, codes next
 * to their French labels so that a tenant's own template may show either. Public because the template engine reads
 * them by reflection.
 */
public final class PaperViews {

    private PaperViews() {
    }

    /** The contract a document is about: its title, kind, owner ARS and dates. */
    public record ContractHeader(String title, String kind, String kindLabel, String ars, LocalDate startDate,
            LocalDate endDate) {
    }

    /** A commune or an EPCI of the territory with its INSEE municipal population. */
    public record Place(String code, String name, String kind, long population) {
    }

    /**
     * @param population the territory's INSEE population as signed (the sum of its members); null when unknown
     * @param edition    the edition of the official division the territory was resolved against; null for a contract
     *                   imported with its population only
     */
    public record Territory(List<Place> members, Long population, String edition) {
    }

    /** A tenant taking part in the contract (a co-funding département, a signatory tenant). */
    public record Party(String name, String role, String roleLabel) {
    }

    public record Signatory(String organisation, String kind, String kindLabel, boolean carrier, LocalDate signedOn) {
    }

    /** An indicator of a fiche action and its target. */
    public record Indicator(String name, String unit, BigDecimal target) {
    }

    public record Sheet(String title, String objective, String pilot, BigDecimal budget, LocalDate startDate,
            LocalDate endDate, List<Indicator> indicators) {
    }

    public record Axis(String code, String title, List<Sheet> sheets) {
    }

    /** The contract as signed: {@code documents/contract-signed.html}. */
    public record SignedContract(ContractHeader contract, String origin, LocalDate inForceOn, List<Party> parties,
            Territory territory, List<Axis> axes, BigDecimal totalBudget, List<Signatory> signatories) {
    }

    /** An avenant: {@code documents/contract-amendment.html}. */
    public record Amendment(ContractHeader contract, int number, String changes, LocalDate signedOn,
            List<Signatory> signatories) {
    }

    /** A value the annual report gives for an indicator of a fiche action, with the indicator's unit and target. */
    public record IndicatorValue(String sheet, String indicator, String unit, BigDecimal target, BigDecimal value) {
    }

    /** The bilan annuel: {@code documents/annual-report.html}. */
    public record AnnualReport(ContractHeader contract, int year, String status, String statusLabel, String achievements,
            List<IndicatorValue> indicators, BigDecimal creditsUsed, LocalDate submittedOn, LocalDate adoptedOn) {
    }
}
