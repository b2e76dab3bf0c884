package fr.cls.deploy;

import java.util.List;

/**
 * The four domain services; the gateway is started after them. Each is a Kafka user of its own name, which writes
 * only the topics it {@code produces} and reads only those it {@code consumes} (its {@code cls.events} settings).
 */
public enum Service {
    CONTRACT("contract-service", "contract", "CLS_CONTRACT_URL", List.of("cls.contract.events"),
            List.of("cls.governance.events")),
    FUNDING("funding-service", "funding", "CLS_FUNDING_URL", List.of("cls.funding.events"),
            List.of("cls.contract.events", "cls.governance.events", "cls.funding.events")),
    GOVERNANCE("governance-service", "governance", "CLS_GOVERNANCE_URL", List.of("cls.governance.events"),
            List.of("cls.contract.events")),
    NOTIFICATION("notification-service", "notification", "CLS_NOTIFICATION_URL", List.of(),
            List.of("cls.contract.events", "cls.funding.events", "cls.governance.events"));

    private final String module;
    private final String databaseSuffix;
    private final String gatewayVariable;
    private final List<String> produces;
    private final List<String> consumes;

    Service(String module, String databaseSuffix, String gatewayVariable, List<String> produces, List<String> consumes) {
        this.module = module;
        this.databaseSuffix = databaseSuffix;
        this.gatewayVariable = gatewayVariable;
        this.produces = produces;
        this.consumes = consumes;
    }

    public String module() {
        return module;
    }

    String databaseSuffix() {
        return databaseSuffix;
    }

    /** The gateway's environment variable holding this service's URL. */
    String gatewayVariable() {
        return gatewayVariable;
    }

    /** And the one listing every instance's URL, which the gateway balances between ({@code CLS_CONTRACT_URLS}). */
    String gatewayReplicasVariable() {
        return gatewayVariable + "S";
    }

    /** The topics this service publishes to. */
    public List<String> produces() {
        return produces;
    }

    /** The topics this service's listeners read (their dead letters go to {@code <topic>.DLT}). */
    public List<String> consumes() {
        return consumes;
    }
}
