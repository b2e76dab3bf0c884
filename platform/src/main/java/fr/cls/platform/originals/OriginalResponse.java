package fr.cls.platform.originals;

import java.time.Instant;
import java.util.UUID;

/** An original as the API lists it: never the bytes, which are downloaded one by one. */
public record OriginalResponse(UUID id, String kind, String title, String attachedTo, String fileName, String mediaType,
        long size, String sha256, UUID supersedes, String uploadedBy, String uploadedByIssuer, String uploadedByTenant,
        Instant uploadedAt) {

    public static OriginalResponse of(OriginalDocument d) {
        return new OriginalResponse(d.id(), d.kind().name(), d.title(), d.attachedTo(), d.fileName(), d.mediaType(),
                d.size(), d.sha256(), d.supersedes(), d.uploadedBy(), d.uploadedByIssuer(), d.uploadedByTenant(),
                d.uploadedAt());
    }
}
