package fr.cls.contract.territory;

import java.util.List;
import java.util.stream.Collectors;

/** Communes named in answers: a few by code and name, then how many more, so a refusal stays readable. */
public final class CommuneLists {

    /** How many communes an answer names before it only counts the rest. */
    public static final int NAMED = 10;

    private CommuneLists() {
    }

    /** "3 communes: 22278 Saint-Brieuc, 22093 Langueux, 22050 Plérin" or "…, and 12 more". */
    public static String describe(List<Territories.Commune> communes) {
        String named = communes.stream().limit(NAMED).map(c -> c.code() + " " + c.name()).collect(Collectors.joining(", "));
        String more = communes.size() > NAMED ? ", and " + (communes.size() - NAMED) + " more" : "";
        return communes.size() + (communes.size() == 1 ? " commune: " : " communes: ") + named + more;
    }
}
