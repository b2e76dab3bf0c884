package fr.cls.funding.rules;

import java.util.ArrayList;
import java.util.List;

import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * Four eyes on a funding request: whoever decides it neither filed nor instructed it, and whoever signs its
 * convention did not decide it. A funder that relaxed the rule ({@link FunderRules}) lets one person do it all.
 */
public final class FourEyes {

    public static final String RULE = "four-eyes";

    private FourEyes() {
    }

    /** @throws RuleViolationException {@value #RULE} when the decider filed or instructed the request */
    public static void checkDecision(boolean enforced, Person decider, Person filer, Person instructor) {
        if (!enforced) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        if (decider.same(filer)) {
            violations.add(Violation.variant(RULE, "filer-decides",
                    "the person who filed the request may not decide it; another approver decides"));
        }
        if (decider.same(instructor)) {
            violations.add(Violation.variant(RULE, "instructor-decides",
                    "the person who instructed the request may not decide it; another approver decides"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** @throws RuleViolationException {@value #RULE} when the signer decided the request the convention follows */
    public static void checkSignature(boolean enforced, Person signer, Person decider) {
        if (enforced && signer.same(decider)) {
            throw new RuleViolationException(Violation.variant(RULE, "decider-signs",
                    "the person who decided the request may not sign its convention; another approver signs"));
        }
    }
}
