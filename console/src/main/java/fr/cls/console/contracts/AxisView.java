package fr.cls.console.contracts;

import java.util.UUID;

/** An axis of the contract's action plan. */
public record AxisView(UUID id, String code, String title, int order, long version) {
}
