package fr.cls.platform.originals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where originals and their bytes are kept, always for the current tenant (row-level security applies) and inside the
 * caller's transaction. The one implementation keeps both in PostgreSQL ({@link PostgresOriginalStore}); an
 * S3-compatible store for the bytes would implement this too, writing the object before the row and deleting it when
 * the transaction rolls back (docs/architecture.md, "Signed originals").
 */
interface OriginalStore {

    void insert(String tenant, OriginalDocument document, byte[] content);

    List<OriginalDocument> list(String tenant, String subjectType, UUID subjectId);

    Optional<OriginalDocument> find(String tenant, String subjectType, UUID subjectId, UUID id);

    byte[] content(String tenant, UUID id);
}
