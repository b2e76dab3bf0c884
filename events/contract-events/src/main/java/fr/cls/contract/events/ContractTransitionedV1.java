package fr.cls.contract.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A contract moved along its lifecycle. One payload for every transition; the event type names the
 * transition ({@link #typeOf(String)}), e.g. {@code cls.contract.signed.v1}.
 *
 * @param startDate and {@code endDate}: set once signed
 * @param reason for a refusal or an abandonment
 * @param nextContractId for a renewal: the new generation
 */
public record ContractTransitionedV1(UUID contractId, String kind, String title, String fromStatus, String toStatus,
        LocalDate occurredOn, LocalDate startDate, LocalDate endDate, String reason, UUID nextContractId) {

    /** Every transition's name; other {@code cls.contract.*} types (axes, action sheets, reports...) have their own payloads. */
    public static final Set<String> TRANSITIONS = Set.of("imported", "framing-started", "agreement-given",
            "agreement-refused", "diagnostic-delivered", "submitted-for-signature", "signed", "evaluation-started",
            "closed", "renewed", "converted", "abandoned");

    /** Whether an event type is a lifecycle transition carrying this payload. */
    public static boolean isTransition(String type) {
        return TRANSITIONS.stream().anyMatch(t -> typeOf(t).equals(type));
    }

    /** @param transition kebab-case, e.g. {@code framing-started}, {@code signed}, {@code abandoned} */
    public static String typeOf(String transition) {
        return "cls.contract." + transition + ".v1";
    }
}
