package fr.cls.contract.contract.web;

import java.util.List;

/**
 * The contract's next rule-checked step ({@code submission}, {@code signature}, {@code closure}: the resource under
 * {@code /contracts/{id}/}) and what would refuse it now, worded as the 409 would.
 */
record NextStepResponse(String step, List<Blocker> violations) {

    record Blocker(String rule, String message) {
    }
}
