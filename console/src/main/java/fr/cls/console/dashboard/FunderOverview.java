package fr.cls.console.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.console.funding.FundingLabels;

/** The tenant as a funder ({@code GET /api/v1/funding/dashboard}): its amounts, the requests waiting, conventions ending. */
public record FunderOverview(String funder, LocalDate today, Integer year, List<Row> byYear, List<Row> byScheme,
        Amounts totals, Waiting waiting, int expiringWithinMonths, List<Expiring> expiring) {

    public record Amounts(BigDecimal requested, BigDecimal granted, BigDecimal paid) {
    }

    public record Row(Integer year, String schemeCode, Amounts amounts) {
    }

    public record Waiting(int count, long oldestAgeDays, List<WaitingRequest> requests) {
    }

    public record WaitingRequest(UUID id, UUID contractId, String contractTitle, String schemeCode, String purpose,
            String status, LocalDate submittedOn, long ageDays, BigDecimal requestedTotal) {

        public String statusLabel() {
            return FundingLabels.status(status);
        }
    }

    public record Expiring(UUID id, UUID contractId, String contractTitle, String kind, String beneficiary,
            LocalDate validUntil, long daysLeft) {
    }
}
