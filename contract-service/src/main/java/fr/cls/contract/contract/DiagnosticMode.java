package fr.cls.contract.contract;

/** Who writes the territorial health diagnostic: the collectivité itself, a provider, or the regional health observatory. */
public enum DiagnosticMode {
    IN_HOUSE, PROVIDER, ORS
}
