package fr.cls.platform.testapp;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The note table, read and written in transactions of the tenant in context (row-level security applies). */
public class Notes {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    Notes(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Within the caller's transaction if there is one. */
    public void insert(UUID id, String tenant, String text) {
        tx.executeWithoutResult(status -> jdbc.update("insert into note (id, tenant_id, text) values (?, ?, ?)", id, tenant, text));
    }

    /** How many notes with this text the tenant in context sees. */
    public int countWithText(String text) {
        Integer count = tx.execute(status -> jdbc.queryForObject("select count(*) from note where text = ?", Integer.class, text));
        return count == null ? 0 : count;
    }
}
