package fr.cls.funding.plan.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.plan.FinancingPlan;
import fr.cls.funding.plan.FinancingPlans;

/** The contract's financing plan, read by the owner and every party; each writes its own part through requests. */
@RestController
@RequestMapping("/api/v1/funding/contracts/{contractId}/financing-plan")
class FinancingPlanController {

    private final FinancingPlans plans;

    FinancingPlanController(FinancingPlans plans) {
        this.plans = plans;
    }

    /**
     * @param budget the contract's total budget in euros, which contract-service does not publish to funding-service
     *               (its action sheets' budgets are not in the profile event); without it the budget check is not applicable
     */
    @GetMapping
    FinancingPlan plan(@PathVariable UUID contractId, @RequestParam(required = false) BigDecimal budget) {
        return plans.of(contractId, euros(budget));
    }

    private static BigDecimal euros(BigDecimal budget) {
        if (budget == null) {
            return null;
        }
        if (budget.signum() < 0) {
            throw new InvalidQueryParameter("budget", "money-not-negative", "budget cannot be negative (" + budget.toPlainString() + ")");
        }
        if (budget.stripTrailingZeros().scale() > 2) {
            throw new InvalidQueryParameter("budget", "money-in-cents", "budget has more than two decimals (" + budget.toPlainString() + ")");
        }
        if (budget.setScale(2).precision() > 14) {
            throw new InvalidQueryParameter("budget", "money-in-range", "budget is too large (" + budget.toPlainString() + ")");
        }
        return budget.setScale(2);
    }
}
