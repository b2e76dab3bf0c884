package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Euros, exactly: never negative, at most two decimals; kept at scale 2 so that equal amounts make equal records. */
final class Money {

    private Money() {
    }

    static BigDecimal euros(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidAmountException("money-given", field + " must be given");
        }
        if (amount.signum() < 0) {
            throw new InvalidAmountException("money-not-negative", field + " cannot be negative (" + amount.toPlainString() + ")");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidAmountException("money-in-cents", field + " has more than two decimals (" + amount.toPlainString() + ")");
        }
        if (amount.setScale(2).precision() > 14) {
            throw new InvalidAmountException("money-in-range", field + " is too large (" + amount.toPlainString() + ")");
        }
        return amount.setScale(2);
    }

    /** Amounts by year, each checked; absent map means no amount at all. */
    static SortedMap<Integer, BigDecimal> byYear(String field, Map<Integer, BigDecimal> amounts) {
        SortedMap<Integer, BigDecimal> checked = new TreeMap<>();
        if (amounts != null) {
            amounts.forEach((year, amount) -> {
                if (year == null) {
                    throw new IllegalArgumentException(field + " has an amount without a year");
                }
                checked.put(year, euros(field + " in " + year, amount));
            });
        }
        return Collections.unmodifiableSortedMap(checked);
    }
}
