package fr.cls.funding.scheme;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Another contract the funder already funds whose territory shares communes with the case's.
 *
 * @param communeCount how many communes the two territories share
 * @param communes     the shared communes, at most {@link #NAMED} of them (by INSEE code)
 */
public record FundedOverlap(String kind, String title, int communeCount, List<CaseCommune> communes) {

    /** How many shared communes an explanation names before it only counts the rest. */
    public static final int NAMED = 10;

    public FundedOverlap {
        communes = communes == null ? List.of() : List.copyOf(communes.subList(0, Math.min(NAMED, communes.size())));
    }

    /** "2 communes : 22278 Saint-Brieuc, 22187 Plérin" (or "…, et 12 autres"). */
    String communesFr() {
        return communeCount + (communeCount == 1 ? " commune : " : " communes : ") + named()
                + (communeCount > communes.size() ? ", et " + (communeCount - communes.size()) + " autres" : "");
    }

    String communesEn() {
        return communeCount + (communeCount == 1 ? " commune: " : " communes: ") + named()
                + (communeCount > communes.size() ? ", and " + (communeCount - communes.size()) + " more" : "");
    }

    private String named() {
        return communes.stream().map(c -> c.code() + " " + c.name()).collect(Collectors.joining(", "));
    }
}
