package fr.cls.contract.events;

/**
 * A commune a contract's territory covers (listed itself or as a member of a listed EPCI).
 *
 * @param code        INSEE code
 * @param departement INSEE code of its département
 */
public record TerritoryCommune(String code, String name, String departement) {
}
