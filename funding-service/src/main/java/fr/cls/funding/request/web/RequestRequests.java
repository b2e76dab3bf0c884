package fr.cls.funding.request.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.cls.funding.request.Purpose;
import fr.cls.platform.web.Euros;

/**
 * What clients send about funding requests. Amounts are euros by calendar year: {"2025": 10000, "2026": 10000}; each is
 * checked with the request ({@link Euros}), so a wrong one is a 400 naming it ({@code ownShareByYear[2027]}) before any rule.
 */
final class RequestRequests {

    private RequestRequests() {
    }

    record Submission(@NotNull UUID contractId, @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String funder,
            @NotBlank String schemeCode, @NotNull Purpose purpose,
            @NotEmpty Map<Integer, @NotNull @Euros BigDecimal> amountsByYear,
            Map<Integer, @NotNull @Euros BigDecimal> ownShareByYear, @Size(max = 100) String portalReference) {
    }

    record Amendment(Purpose purpose, @NotEmpty Map<Integer, @NotNull @Euros BigDecimal> amountsByYear,
            Map<Integer, @NotNull @Euros BigDecimal> ownShareByYear) {
    }

    enum Outcome {
        GRANTED, REFUSED
    }

    /** A grant names its amounts per year; a refusal its reasons. */
    record Decision(@NotNull Outcome outcome, Map<Integer, @NotNull @Euros BigDecimal> amountsByYear,
            @Size(max = 2000) String reasons) {
    }

    /** {@code asOf}: the day the request would be filed, which picks each scheme's version; absent: today. */
    record Simulation(@NotNull UUID contractId, @NotEmpty Map<Integer, @NotNull @Euros BigDecimal> amountsByYear,
            Map<Integer, @NotNull @Euros BigDecimal> ownShareByYear, @PlausibleDate LocalDate asOf) {
    }
}
