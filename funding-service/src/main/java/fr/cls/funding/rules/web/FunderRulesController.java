package fr.cls.funding.rules.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.rules.FunderRules;

/**
 * The caller's tenant's own rules as a funder: {@code fourEyes} (default true) requires that whoever decides a
 * request neither filed nor instructed it, and that whoever signs its convention did not decide it.
 */
@RestController
@RequestMapping("/api/v1/funding/funder-rules")
class FunderRulesController {

    private final FunderRules rules;

    FunderRulesController(FunderRules rules) {
        this.rules = rules;
    }

    record Change(@NotNull Boolean fourEyes) {
    }

    @GetMapping
    FunderRules.Settings get() {
        return rules.current();
    }

    /** Approvers only; audited. */
    @PutMapping
    FunderRules.Settings put(@Valid @RequestBody Change change) {
        return rules.setFourEyes(change.fourEyes());
    }
}
