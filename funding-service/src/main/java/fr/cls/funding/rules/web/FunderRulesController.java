package fr.cls.funding.rules.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.rules.FunderRules;
import fr.cls.platform.web.IfMatch;

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
    ResponseEntity<FunderRules.Settings> get() {
        return ok(rules.current());
    }

    /** Approvers only; audited; with the version read ({@code If-Match}). */
    @PutMapping
    ResponseEntity<FunderRules.Settings> put(@RequestHeader(IfMatch.HEADER) String ifMatch, @Valid @RequestBody Change change) {
        return ok(rules.setFourEyes(IfMatch.version(ifMatch), change.fourEyes()));
    }

    private static ResponseEntity<FunderRules.Settings> ok(FunderRules.Settings settings) {
        return ResponseEntity.ok().eTag(Long.toString(settings.version())).body(settings);
    }
}
