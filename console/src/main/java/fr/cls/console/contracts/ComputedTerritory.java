package fr.cls.console.contracts;

import java.util.List;

/** What the API computes of a set of communes and EPCI: the population and where they lie. */
public record ComputedTerritory(long population, List<String> departements, List<String> regions, List<PlaceView> members) {
}
