package fr.cls.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class HeaderValuesTest {

    final Predicate<String> spring = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES;

    @Test
    void decidesAsSpringsRuleForEveryCharacterAlone() {
        List<Integer> differing = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String value = new String(Character.toChars(c));
            if (HeaderValues.allowed(value) != spring.test(value)) {
                differing.add(c);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void decidesAsSpringsRuleForWholeValues() {
        String[] values = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln", "a\tb", "a\nb", "a\rb", "a\u0000b", "a\u007fb",
                "caf\u00e9", "\ud83d\ude00 emoji", "lone \ud83d surrogate", "lone \ude00 low", "\u0378 unassigned", "\u0085 next line"};
        for (String value : values) {
            assertThat(HeaderValues.allowed(value)).as(value).isEqualTo(spring.test(value));
        }
        assertThat(HeaderValues.allowed(null)).as("an absent header").isEqualTo(spring.test(null)).isTrue();
    }
}
