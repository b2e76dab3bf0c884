package fr.cls.contract.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A collectivité's letter of intent was received: a contract project exists. The owner tenant (the ARS) is in
 * the envelope.
 *
 * @param kind CLS, CLSM or PROTOCOLE_ACCORD
 * @param status the contract's status after the event
 */
public record ContractInitiatedV1(UUID contractId, String kind, String title, String status,
        LocalDate letterOfIntentReceivedOn) {

    public static final String TYPE = "cls.contract.initiated.v1";
}
