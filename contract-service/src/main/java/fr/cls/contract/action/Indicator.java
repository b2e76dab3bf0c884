package fr.cls.contract.action;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import fr.cls.platform.domain.RuleViolationException;

/**
 * An indicator of an action sheet: what is measured, in which unit, the target, and the value measured each year.
 */
public record Indicator(String name, String unit, BigDecimal targetValue, Map<Integer, BigDecimal> measured) {

    public Indicator {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("indicator-named", "an indicator needs a name");
        }
        name = name.strip();
        measured = measured == null ? Map.of() : Map.copyOf(new TreeMap<>(measured));
    }

    Indicator measure(int year, BigDecimal value) {
        Map<Integer, BigDecimal> values = new TreeMap<>(measured);
        values.put(year, value);
        return new Indicator(name, unit, targetValue, values);
    }
}
