package fr.cls.console.contracts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cls.console.contracts.AxisView;

/** The axes as a select's options: id to "code — title", in the plan's order. */
final class AxisOptions {

    private AxisOptions() {
    }

    static Map<String, String> of(List<AxisView> axes) {
        Map<String, String> options = new LinkedHashMap<>();
        axes.forEach(a -> options.put(a.id().toString(), a.code() + " — " + a.title()));
        return options;
    }
}
