package fr.cls.platform.originals;

import java.util.Objects;
import java.util.UUID;

/**
 * What an original belongs to ({@code contract}, {@code funding-request}) and the tenant owning it, whose rows hold
 * the original whoever uploaded it.
 */
public record OriginalSubject(String type, UUID id, String ownerTenant) {

    public OriginalSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerTenant, "ownerTenant");
    }
}
