package fr.cls.platform.idempotency;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import fr.cls.platform.context.TenantContext;

/**
 * Marks the request's claimed key COMMITTED inside the handler's own transaction, just before it commits: the
 * change and the mark are one commit. A claim still IN_PROGRESS after its time-out is then surely a request whose
 * change was rolled back (its instance died before committing) and can run again; a COMMITTED claim without an
 * answer never runs again, whatever happened to its instance after the commit.
 * <p>
 * Only the request's first committing read-write transaction under the key's tenant marks; a transaction under a
 * switched tenant cannot see the claim (row-level security) and does not try.
 */
class CommitMarker implements TransactionExecutionListener {

    private final JdbcTemplate jdbc;

    CommitMarker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        toMark(transaction).ifPresent(claimed -> {
            IdempotencyScope scope = claimed.scope();
            jdbc.update("update idempotent_request set status = 'COMMITTED', committed_at = clock_timestamp()"
                    + " where " + IdempotentRequests.SCOPE + " and idempotency_key = ? and status = 'IN_PROGRESS'",
                    scope.tenant(), scope.issuer(), scope.subject(), scope.roles(), scope.method(), scope.path(), claimed.key());
        });
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null) {
            toMark(transaction).ifPresent(ClaimedKey::markedAndCommitted);
        }
    }

    private static Optional<ClaimedKey> toMark(TransactionExecution transaction) {
        if (!transaction.isNewTransaction() || transaction.isReadOnly()) {
            return Optional.empty();
        }
        return ClaimedKey.current().filter(claimed -> !claimed.committed()
                && claimed.scope().tenant().equals(TenantContext.current().orElse(null)));
    }
}
