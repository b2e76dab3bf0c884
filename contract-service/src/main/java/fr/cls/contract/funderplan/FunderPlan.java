package fr.cls.contract.funderplan;

import java.time.LocalDate;

/**
 * A plan a funder publishes, which action sheets may be aligned with.
 *
 * @param periodEnd last day, inclusive; null while the plan runs
 */
public record FunderPlan(String funder, String code, String name, LocalDate periodStart, LocalDate periodEnd) {

    /** How action sheets and funding rules name a plan: "funder/code". */
    public String reference() {
        return funder + "/" + code;
    }
}
