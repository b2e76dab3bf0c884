package fr.cls.console.contracts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The members a person picks for a contract's territory, carried in the address ({@code choix=communes:13055},
 * {@code choix=epci:200054807}) so the picker works without JavaScript, one search after another.
 */
public final class TerritoryChoice {

    private final Set<String> chosen;

    private TerritoryChoice(Set<String> chosen) {
        this.chosen = chosen;
    }

    /** Keeps only well-formed choices: a hand-edited address cannot send anything else to the API. */
    public static TerritoryChoice of(List<String> choices) {
        Set<String> kept = new LinkedHashSet<>();
        if (choices != null) {
            choices.stream().filter(c -> c.matches("(communes:[0-9AB]{5}|epci:[0-9]{9})")).limit(500).forEach(kept::add);
        }
        return new TerritoryChoice(kept);
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    public List<String> values() {
        return List.copyOf(chosen);
    }

    public List<String> communes() {
        return codes("communes:");
    }

    public List<String> epci() {
        return codes("epci:");
    }

    public boolean contains(String level, String code) {
        return chosen.contains(level + ":" + code);
    }

    /** The picker's address with this member added or removed, the search kept. */
    public String toggled(String base, String level, String code, String query) {
        Set<String> next = new LinkedHashSet<>(chosen);
        if (!next.remove(level + ":" + code)) {
            next.add(level + ":" + code);
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        if (query != null && !query.isBlank()) {
            uri.queryParam("niveau", level).queryParam("q", query);
        }
        next.forEach(c -> uri.queryParam("choix", c));
        return uri.encode().build().toUriString();
    }

    private List<String> codes(String prefix) {
        List<String> codes = new ArrayList<>();
        chosen.stream().filter(c -> c.startsWith(prefix)).forEach(c -> codes.add(c.substring(prefix.length())));
        return codes;
    }
}
