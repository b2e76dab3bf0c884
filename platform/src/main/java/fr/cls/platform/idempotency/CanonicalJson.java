package fr.cls.platform.idempotency;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body as fingerprinted: a JSON body is re-written with object fields sorted and no whitespace, so that the
 * same object sent with its fields in another order, or laid out differently, is the same request. A body that
 * is not JSON is taken byte for byte. Its own mapper: the canonical form must not follow the application's
 * serialization settings.
 */
final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // Amounts keep every digit: two different amounts must never look the same through a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {
    }

    static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            return JSON.writeValueAsBytes(JSON.readValue(body, Object.class));
        } catch (JacksonException notJson) {
            return body;
        }
    }
}
