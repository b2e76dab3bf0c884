package fr.cls.platform.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    enum Outcome { GRANTED, REFUSED }

    record Line(String label, BigDecimal amount) {
    }

    record Decided(UUID requestId, LocalDate decidedOn, Outcome outcome, Map<Integer, BigDecimal> grantedByYear,
            List<Line> lines, long sequence, Long optionalSequence) {
    }

    @Test
    void everyComponentIsARequiredPropertyOfItsJsonType() {
        Map<String, Object> schema = JsonSchemas.of(Decided.class);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");

        assertThat(schema.get("required")).isEqualTo(List.of("requestId", "decidedOn", "outcome", "grantedByYear",
                "lines", "sequence", "optionalSequence"));
        assertThat(properties.get("requestId")).containsEntry("format", "uuid").containsEntry("type", List.of("string", "null"));
        assertThat(properties.get("decidedOn")).containsEntry("format", "date");
        assertThat(properties.get("outcome").get("enum")).asList().contains("GRANTED", "REFUSED");
        assertThat(properties.get("grantedByYear")).containsKey("propertyNames")
                .containsEntry("additionalProperties", Map.of("type", List.of("number", "null")));
        assertThat(properties.get("sequence")).containsEntry("type", "integer");
        assertThat(properties.get("optionalSequence")).containsEntry("type", List.of("integer", "null"));
        @SuppressWarnings("unchecked")
        Map<String, Object> line = (Map<String, Object>) properties.get("lines").get("items");
        assertThat(line).containsEntry("title", "Line").containsKey("properties");
    }

    record Opaque(Object anything) {
    }

    @Test
    void refusesATypeItCannotDescribeRatherThanAcceptingAnything() {
        assertThatThrownBy(() -> JsonSchemas.of(Opaque.class)).hasMessageContaining("java.lang.Object");
    }
}
