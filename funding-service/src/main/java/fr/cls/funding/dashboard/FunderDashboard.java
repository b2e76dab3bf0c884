package fr.cls.funding.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a funder follows: its amounts by year and scheme, the requests waiting for it, its conventions ending soon.
 *
 * @param year  the year the amounts are limited to; null for every year
 * @param today the day ages and expiries are counted from (Europe/Paris)
 */
public record FunderDashboard(String funder, LocalDate today, Integer year, List<Row> byYearAndScheme, List<Row> byYear,
        List<Row> byScheme, Amounts totals, Waiting waiting, int expiringWithinMonths, List<Expiring> expiring) {

    /**
     * @param requested asked of the funder by every request but withdrawn ones (refused ones were asked too)
     * @param granted   granted by its decisions
     * @param paid      its payments recorded as paid, by the payment's year
     */
    public record Amounts(BigDecimal requested, BigDecimal granted, BigDecimal paid) {

        static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
        static final Amounts NONE = new Amounts(ZERO, ZERO, ZERO);

        Amounts plus(Amounts other) {
            return new Amounts(requested.add(other.requested), granted.add(other.granted), paid.add(other.paid));
        }
    }

    /** year null in byScheme rows, schemeCode null in byYear rows. */
    public record Row(Integer year, String schemeCode, Amounts amounts) {
    }

    public record Waiting(int count, long oldestAgeDays, List<WaitingRequest> requests) {
    }

    /** @param ageDays days since the request was submitted */
    public record WaitingRequest(UUID id, UUID contractId, String contractTitle, String schemeCode, String purpose,
            String status, LocalDate submittedOn, long ageDays, BigDecimal requestedTotal) {
    }

    public record Expiring(UUID id, UUID contractId, String contractTitle, String kind, String beneficiary,
            LocalDate validUntil, long daysLeft) {
    }
}
