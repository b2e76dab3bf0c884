package fr.cls.contract.action;

import java.math.BigDecimal;

import fr.cls.platform.web.RuleViolationException;

/** Euros, exactly: never negative, at most two decimals (cents). */
final class Money {

    private Money() {
    }

    static BigDecimal euros(String field, BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolationException("money-given", field + " must be given", field);
        }
        if (amount.signum() < 0) {
            throw new RuleViolationException("money-not-negative", field + " cannot be negative (" + amount.toPlainString() + ")",
                    field, amount);
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new RuleViolationException("money-in-cents", field + " has more than two decimals (" + amount.toPlainString() + ")",
                    field, amount);
        }
        if (amount.setScale(2).precision() > 14) {
            throw new RuleViolationException("money-in-range", field + " is too large (" + amount.toPlainString() + ")", field, amount);
        }
        return amount.setScale(2);
    }
}
