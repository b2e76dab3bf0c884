package fr.cls.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every text field of every JSON body: no control character but tab, line feed and carriage return (free text may
 * hold them). A NUL would otherwise reach PostgreSQL, which refuses it, and the client would get a 409 for its own
 * mistake; the others are never typed and can hide text in logs and exports. The refusal carries the field's path,
 * which {@link ProblemResponses} names in a 400.
 */
final class PlainTextDeserializer extends StringDeserializer {

    static final String RULE = "no-control-characters";
    static final String MESSAGE = "must not contain control characters (only tab and line breaks are allowed)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && hasControlCharacter(value)) {
            throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
        }
        return value;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r' && (c < 0x20 || c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }
}
