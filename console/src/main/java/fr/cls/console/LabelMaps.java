package fr.cls.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's codes and their French names, in the order forms offer them. */
public final class LabelMaps {

    private LabelMaps() {
    }

    /** {@code code, label, code, label, …} as an unmodifiable map keeping that order. */
    public static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
