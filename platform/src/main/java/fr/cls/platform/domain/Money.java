package fr.cls.platform.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Euros, exactly: never negative, at most two decimals (cents), kept at scale 2 so that equal amounts make equal
 * records. A wrong amount is the caller's mistake: {@link InvalidFieldException} naming the field and the rule
 * ({@code money-given}, {@code money-not-negative}, {@code money-in-cents}, {@code money-in-range}).
 */
public final class Money {

    /** Twelve digits of euros and two of cents: far above any public budget, inside a {@code numeric(14,2)} column. */
    private static final int MAX_PRECISION = 14;

    private Money() {
    }

    public static BigDecimal euros(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidFieldException(field, "money-given", field + " must be given", field);
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException(field, "money-not-negative",
                    field + " cannot be negative (" + amount.toPlainString() + ")", field, amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "money-in-cents",
                    field + " has more than two decimals (" + amount.toPlainString() + ")", field, amount);
        }
        if (amount.setScale(2).precision() > MAX_PRECISION) {
            throw new InvalidFieldException(field, "money-in-range",
                    field + " is too large (" + amount.toPlainString() + ")", field, amount);
        }
        return amount.setScale(2);
    }

    /** Amounts by year, each checked (the field of one is {@code field[year]}); an absent map is no amount at all. */
    public static SortedMap<Integer, BigDecimal> byYear(String field, Map<Integer, BigDecimal> amounts) {
        SortedMap<Integer, BigDecimal> checked = new TreeMap<>();
        if (amounts != null) {
            amounts.forEach((year, amount) -> {
                if (year == null) {
                    throw new InvalidFieldException(field, "money-year-given", field + " has an amount without a year", field);
                }
                checked.put(year, euros(field + "[" + year + "]", amount));
            });
        }
        return Collections.unmodifiableSortedMap(checked);
    }
}
