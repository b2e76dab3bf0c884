package fr.cls.funding.scheme;

/** A commune of the case's territory, as contract-service resolved it: INSEE code, name, département. */
public record CaseCommune(String code, String name, String departement) {
}
