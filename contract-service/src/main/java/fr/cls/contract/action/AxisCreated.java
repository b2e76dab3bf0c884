package fr.cls.contract.action;

import java.util.UUID;

/** Domain event: a strategic axis was added to a contract (or came with its import). */
record AxisCreated(UUID contractId, UUID axisId, String code, String title) {
}
