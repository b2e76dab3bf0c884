package fr.cls.funding.request;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Euros by calendar year, stored as a small JSON object ({"2025": "10000.00"}) next to the row that owns them. */
public final class YearAmounts {

    private YearAmounts() {
    }

    public static BigDecimal total(Map<Integer, BigDecimal> amounts) {
        return amounts == null ? BigDecimal.ZERO.setScale(2)
                : amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Converter
    public static class Json implements AttributeConverter<SortedMap<Integer, BigDecimal>, String> {

        private static final JsonMapper MAPPER = JsonMapper.builder().build();
        private static final TypeReference<TreeMap<Integer, BigDecimal>> TYPE = new TypeReference<>() {
        };

        @Override
        public String convertToDatabaseColumn(SortedMap<Integer, BigDecimal> amounts) {
            if (amounts == null) {
                return null;
            }
            Map<String, String> plain = new TreeMap<>();
            amounts.forEach((year, amount) -> plain.put(year.toString(), amount.setScale(2).toPlainString()));
            return MAPPER.writeValueAsString(plain);
        }

        @Override
        public SortedMap<Integer, BigDecimal> convertToEntityAttribute(String json) {
            if (json == null) {
                return null;
            }
            TreeMap<Integer, BigDecimal> amounts = MAPPER.readValue(json, TYPE);
            amounts.replaceAll((year, amount) -> amount.setScale(2));
            return amounts;
        }
    }
}
