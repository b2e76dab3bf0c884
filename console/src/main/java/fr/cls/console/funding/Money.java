package fr.cls.console.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euros the French way: "12 000,50 €", a no-break space between thousands and before the sign; never a double. */
public final class Money {

    private Money() {
    }

    public static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        String plain = amount.setScale(2, RoundingMode.HALF_EVEN).abs().toPlainString();
        String units = plain.substring(0, plain.length() - 3);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(units.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + "," + plain.substring(plain.length() - 2) + "\u00a0€";
    }
}
