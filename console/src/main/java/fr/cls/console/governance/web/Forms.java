package fr.cls.console.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.ui.Model;

import fr.cls.console.gateway.GatewayException;
import fr.cls.console.governance.Form;

/** What the governance pages share to turn a form into the API's body. */
final class Forms {

    private Forms() {
    }

    /** Blank stays absent (null): the API says what is missing, next to the field. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number as a JSON number; anything else as typed, for the API to name the field at fault. */
    static Object number(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The key the page gave, if it is one; else a new one (a forged key is never relayed). */
    static String idempotencyKey(String sent) {
        try {
            return UUID.fromString(sent).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return UUID.randomUUID().toString();
        }
    }

    /** An expired token ends the session (see GatewayFailures); any other refusal is shown on the page. */
    static void rethrowIfSessionEnded(GatewayException e) {
        if (e.status() == 401) {
            throw e;
        }
    }

    /** The values sent, to show them again; nulls kept as blanks. */
    static Map<String, String> sent(Object... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].toString());
        }
        return values;
    }

    /** A JSON body that keeps nulls (Map.of does not take them). */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The refused form of the page, if any, whose reasons the top of the page gives. */
    static void markRefusal(Model model) {
        model.asMap().values().stream().filter(v -> v instanceof Form f && f.refused()).findFirst()
                .ifPresent(form -> model.addAttribute("refusal", form));
    }
}
