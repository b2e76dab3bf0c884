package fr.cls.governance.body;

import java.util.Objects;
import java.util.UUID;

public record BodyId(UUID value) {

    public BodyId {
        Objects.requireNonNull(value, "body id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
