package fr.cls.contract.action;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;

/** JPA converters for the JSON kept in text columns. */
final class JsonConverters {

    private JsonConverters() {
    }

    @Converter
    static class Indicators implements AttributeConverter<List<Indicator>, String> {
        @Override
        public String convertToDatabaseColumn(List<Indicator> value) {
            return Json.write(value == null ? List.of() : value);
        }

        @Override
        public List<Indicator> convertToEntityAttribute(String text) {
            return text == null ? List.of() : Json.read(text, new TypeReference<List<Indicator>>() { });
        }
    }

    @Converter
    static class Strings implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return Json.write(value == null ? List.of() : value);
        }

        @Override
        public List<String> convertToEntityAttribute(String text) {
            return text == null ? List.of() : Json.read(text, new TypeReference<List<String>>() { });
        }
    }

    @Converter
    static class Uuids implements AttributeConverter<List<UUID>, String> {
        @Override
        public String convertToDatabaseColumn(List<UUID> value) {
            return Json.write(value == null ? List.of() : value);
        }

        @Override
        public List<UUID> convertToEntityAttribute(String text) {
            return text == null ? List.of() : Json.read(text, new TypeReference<List<UUID>>() { });
        }
    }

    @Converter
    static class IndicatorValues implements AttributeConverter<List<IndicatorValue>, String> {
        @Override
        public String convertToDatabaseColumn(List<IndicatorValue> value) {
            return Json.write(value == null ? List.of() : value);
        }

        @Override
        public List<IndicatorValue> convertToEntityAttribute(String text) {
            return text == null ? List.of() : Json.read(text, new TypeReference<List<IndicatorValue>>() { });
        }
    }
}
