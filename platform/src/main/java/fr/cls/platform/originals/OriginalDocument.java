package fr.cls.platform.originals;

import java.time.Instant;
import java.util.UUID;

/** A stored original, without its bytes: what lists show. */
public record OriginalDocument(UUID id, String subjectType, UUID subjectId, OriginalKind kind, String title,
        String attachedTo, String fileName, String mediaType, long size, String sha256, UUID supersedes,
        String uploadedBy, String uploadedByIssuer, String uploadedByTenant, Instant uploadedAt) {
}
