package fr.cls.contract.action;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON kept in text columns (indicators, id lists, snapshots). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String text, TypeReference<T> type) {
        return MAPPER.readValue(text, type);
    }
}
