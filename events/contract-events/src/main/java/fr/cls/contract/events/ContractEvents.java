package fr.cls.contract.events;

/** Where contract-service publishes. The Kafka key is the contract id, so one contract's events stay ordered. */
public final class ContractEvents {

    public static final String TOPIC = "cls.contract.events";

    private ContractEvents() {
    }
}
