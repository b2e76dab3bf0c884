package fr.cls.deploy;

/** The four domain services; the gateway is started after them. */
public enum Service {
    CONTRACT("contract-service", "contract", "CLS_CONTRACT_URL"),
    FUNDING("funding-service", "funding", "CLS_FUNDING_URL"),
    GOVERNANCE("governance-service", "governance", "CLS_GOVERNANCE_URL"),
    NOTIFICATION("notification-service", "notification", "CLS_NOTIFICATION_URL");

    private final String module;
    private final String databaseSuffix;
    private final String gatewayVariable;

    Service(String module, String databaseSuffix, String gatewayVariable) {
        this.module = module;
        this.databaseSuffix = databaseSuffix;
        this.gatewayVariable = gatewayVariable;
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
}
