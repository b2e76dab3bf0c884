package fr.cls.console.contracts;

import java.util.List;

/** A commune or an EPCI of the official division (INSEE), with its population. */
public record PlaceView(String code, String name, String kind, long population, List<String> departements) {
}
