package fr.cls.contract.action;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.cls.contract.contract.ContractStatus;
import fr.cls.platform.domain.RuleViolationException;

/** What the rules of this package need to know about the contract a change hangs off. */
record ContractState(UUID id, String ownerTenantId, ContractStatus status, LocalDate startDate, LocalDate endDate) {

    void requireStatus(String action, ContractStatus... allowed) {
        Set<ContractStatus> set = EnumSet.noneOf(ContractStatus.class);
        set.addAll(List.of(allowed));
        if (!set.contains(status)) {
            throw new RuleViolationException("contract-status-allows", "cannot " + action + " while the contract is "
                    + status + "; allowed while " + set, action, status, set);
        }
    }

    /** A year counts if any of its days falls within the contract's start and end dates. */
    void requireYearWithin(int year) {
        if (startDate == null || endDate == null || year < startDate.getYear() || year > endDate.getYear()) {
            throw new RuleViolationException("year-within-contract-dates", "the year " + year
                    + " is outside the contract's dates (" + startDate + " to " + endDate + ")", String.valueOf(year), startDate,
                    endDate);
        }
    }
}
