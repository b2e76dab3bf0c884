package fr.cls.console.dashboard;

import java.util.Map;

/** The CSV files the dashboard offers, by the console's name, with the API route each is read from. */
public final class Exports {

    public static final Map<String, String> ROUTES = Map.of(
            "contrats", "/api/v1/contracts/export",
            "contrats-a-echeance", "/api/v1/contracts/export/ending-soon",
            "rapports-en-retard", "/api/v1/contracts/export/reports-overdue",
            "financements", "/api/v1/funding/dashboard.csv");

    private Exports() {
    }
}
