package fr.cls.platform.idempotency;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body as fingerprinted: a JSON body is re-written with object fields sorted and no whitespace, so that the
 * same object sent with its fields in another order, or laid out differently, is the same request. A body that
 * is not JSON is taken byte for byte.
 */
final class CanonicalJson {

    private final JsonMapper json;

    CanonicalJson(JsonMapper json) {
        this.json = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.INDENT_OUTPUT).build();
    }

    byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            return json.writeValueAsBytes(json.readValue(body, Object.class));
        } catch (JacksonException notJson) {
            return body;
        }
    }
}
