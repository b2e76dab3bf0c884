package fr.cls.governance.events;

/** Where governance-service publishes; the key is the contract id the decision is about. */
public final class GovernanceEvents {

    public static final String TOPIC = "cls.governance.events";

    private GovernanceEvents() {
    }
}
