package fr.cls.console.contracts;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A contract's territory as the API keeps it: its members' codes ({@code {"communes":[…],"epci":[…]}}); older or
 * imported contracts may hold a plain name instead, shown as is.
 */
public record TerritoryMembers(List<String> communes, List<String> epci) {

    /** Null when the territory is not a list of members (no territory, or a plain name). */
    public static TerritoryMembers parse(String territory, ObjectMapper json) {
        if (territory == null || !territory.strip().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = json.readTree(territory);
            return new TerritoryMembers(codes(node.path("communes")), codes(node.path("epci")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(code -> codes.add(code.asString()));
        return codes;
    }

    public boolean isEmpty() {
        return communes.isEmpty() && epci.isEmpty();
    }
}
