package fr.cls.platform.originals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** The bytes in a {@code bytea} column of {@code original_document}, next to their metadata (platform migration V0_20). */
class PostgresOriginalStore implements OriginalStore {

    private static final String COLUMNS = """
            id, subject_type, subject_id, kind, title, attached_to, file_name, media_type, size_bytes, sha256, supersedes,
            uploaded_by, uploaded_by_issuer, uploaded_by_tenant, uploaded_at""";

    private final JdbcTemplate jdbc;

    PostgresOriginalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(String tenant, OriginalDocument document, byte[] content) {
        jdbc.update("insert into original_document (" + COLUMNS + ", tenant_id, content)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                document.id(), document.subjectType(), document.subjectId(), document.kind().name(), document.title(),
                document.attachedTo(), document.fileName(), document.mediaType(), document.size(), document.sha256(),
                document.supersedes(), document.uploadedBy(), document.uploadedByIssuer(), document.uploadedByTenant(),
                OffsetDateTime.ofInstant(document.uploadedAt(), ZoneOffset.UTC), tenant, content);
    }

    @Override
    public List<OriginalDocument> list(String tenant, String subjectType, UUID subjectId) {
        return jdbc.query("select " + COLUMNS + " from original_document"
                + " where tenant_id = ? and subject_type = ? and subject_id = ? order by uploaded_at, id",
                PostgresOriginalStore::map, tenant, subjectType, subjectId);
    }

    @Override
    public Optional<OriginalDocument> find(String tenant, String subjectType, UUID subjectId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from original_document where tenant_id = ? and subject_type = ?"
                + " and subject_id = ? and id = ?", PostgresOriginalStore::map, tenant, subjectType, subjectId, id)
                .stream().findFirst();
    }

    @Override
    public byte[] content(String tenant, UUID id) {
        return jdbc.queryForObject("select content from original_document where tenant_id = ? and id = ?", byte[].class,
                tenant, id);
    }

    private static OriginalDocument map(ResultSet rs, int row) throws SQLException {
        return new OriginalDocument(rs.getObject("id", UUID.class), rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class), OriginalKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("attached_to"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getObject("supersedes", UUID.class), rs.getString("uploaded_by"),
                rs.getString("uploaded_by_issuer"), rs.getString("uploaded_by_tenant"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
