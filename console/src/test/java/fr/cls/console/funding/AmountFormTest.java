package fr.cls.console.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Amounts typed the French way, and errors put next to their row. */
class AmountFormTest {

    @Test
    void readsEurosAsAFrenchAgentTypesThem() {
        assertThat(AmountForm.euros("12 000,50")).isEqualByComparingTo("12000.50");
        assertThat(AmountForm.euros("12\u202f000 €")).isEqualByComparingTo("12000");
        assertThat(AmountForm.euros("12000.5")).isEqualByComparingTo("12000.5");
        assertThat(AmountForm.euros("1.000,00")).isNull();
        assertThat(AmountForm.euros("-5")).isNull();
        assertThat(AmountForm.euros("12,345")).isNull();
    }

    @Test
    void leavesOutRowsWithoutAmountsAndSendsTheOthersByYear() {
        AmountForm form = AmountForm.read(form(List.of("2026", "2027", "2028"), List.of("30 000", "", "10 000"),
                List.of("5 000", "", "")));

        assertThat(form.hasErrors()).isFalse();
        assertThat(form.amountsByYear()).containsExactly(Map.entry(2026, new BigDecimal("30000")),
                Map.entry(2028, new BigDecimal("10000")));
        assertThat(form.ownShareByYear()).containsExactly(Map.entry(2026, new BigDecimal("5000")));
    }

    @Test
    void saysWhichRowIsWrongAndWhy() {
        AmountForm form = AmountForm.read(form(List.of("26", "2027", "2027"), List.of("10", "abc", "5"), List.of("", "", "")));

        assertThat(form.rows()).extracting(AmountForm.Row::yearError, AmountForm.Row::amountError).containsExactly(
                tuple("Saisissez une année sur quatre chiffres, de 2000 à 2099.", null),
                tuple(null, "Saisissez un montant en euros, par exemple 12 000,50."),
                tuple("Cette année figure déjà sur une autre ligne.", null));
    }

    @Test
    void putsTheApisFieldErrorsNextToTheRowOfTheirYear() {
        AmountForm form = AmountForm.read(form(List.of("2026", "2027"), List.of("10", "20"), List.of("", "30")))
                .withApiErrors(Map.of("amountsByYear[2027]", "au plus deux décimales", "ownShareByYear[2027]", "trop élevée"));

        assertThat(form.rows().get(0).amountError()).isNull();
        assertThat(form.rows().get(1).amountError()).isEqualTo("au plus deux décimales");
        assertThat(form.rows().get(1).ownShareError()).isEqualTo("trop élevée");
    }

    @Test
    void putsAnErrorOfNoYearAtTheHeadOfTheAmounts() {
        AmountForm form = AmountForm.blank(2026).withApiErrors(Map.of("amountsByYear", "ne doit pas être vide"));

        assertThat(form.generalError()).isEqualTo("ne doit pas être vide");
        assertThat(form.hasErrors()).isTrue();
    }

    @Test
    void proposesTheAmountsAskedForAGrant() {
        AmountForm form = AmountForm.of(new TreeMap<>(Map.of(2026, new BigDecimal("30000.00"), 2027, new BigDecimal("1500.50"))));

        assertThat(form.rows()).extracting(AmountForm.Row::year, AmountForm.Row::amount).containsExactly(
                tuple("2026", "30000"), tuple("2027", "1500,5"),
                tuple("2028", ""));
    }

    @Test
    void writesEurosWithNoBreakSpacesAndADecimalComma() {
        assertThat(Money.euros(new BigDecimal("1234567.5"))).isEqualTo("1\u00a0234\u00a0567,50\u00a0€");
        assertThat(Money.euros(new BigDecimal("999"))).isEqualTo("999,00\u00a0€");
        assertThat(Money.euros(new BigDecimal("-1000"))).isEqualTo("-1\u00a0000,00\u00a0€");
        assertThat(Money.euros(null)).isEqualTo("—");
    }

    private static MultiValueMap<String, String> form(List<String> years, List<String> amounts, List<String> shares) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.put("annee", years);
        form.put("montant", amounts);
        form.put("partPropre", shares);
        return form;
    }
}
