package fr.cls.console.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.console.contracts.Labels;

/**
 * The tenant's contracts as contract-service counts them ({@code GET /api/v1/contracts/dashboard}).
 *
 * @param coverageRate population covered by the tenant's contracts in force over its région's, in percent; null for
 *        a département (no région to compare with)
 */
public record ContractOverview(LocalDate asOf, List<Count> contractsByKindAndStatus, List<Ending> endingSoon,
        long populationInForce, Long regionPopulation, Double coverageRate, List<Overdue> reportsOverdue) {

    public record Count(String kind, String status, long contracts) {

        public String kindLabel() {
            return Labels.kind(kind);
        }

        public String statusLabel() {
            return Labels.status(status);
        }
    }

    public record Ending(UUID id, String title, String kind, LocalDate endDate) {

        public String kindLabel() {
            return Labels.kind(kind);
        }
    }

    public record Overdue(UUID id, String title, int year) {
    }

    public long contracts() {
        return contractsByKindAndStatus.stream().mapToLong(Count::contracts).sum();
    }

    public long inForce() {
        return contractsByKindAndStatus.stream().filter(c -> "IN_FORCE".equals(c.status())).mapToLong(Count::contracts).sum();
    }
}
