package fr.cls.contract.events;

import java.util.UUID;

/** A strategic axis was added to a contract. */
public record AxisCreatedV1(UUID contractId, UUID axisId, String code, String title) {

    public static final String TYPE = "cls.contract.axis-created.v1";
}
