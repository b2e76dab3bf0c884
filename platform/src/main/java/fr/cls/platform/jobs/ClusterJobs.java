package fr.cls.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs a scheduled job on one instance at a time: the instance that takes the job's PostgreSQL session advisory lock
 * (on a connection of its own, held for the run) does the work; the others skip this run. The database releases the
 * lock if the instance dies, so no lease needs to expire. Each service has its own database, so names only need to
 * be unique within a service.
 * <p>
 * Metrics: {@code cls.jobs.runs} (tags job, outcome = done | failed) and {@code cls.jobs.skipped} (tag job).
 */
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);
    private static final String LOCK = "select pg_try_advisory_lock(hashtextextended('cls-job/' || ?, 0))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtextextended('cls-job/' || ?, 0))";

    private final DataSource dataSource;
    private final MeterRegistry meters;

    public ClusterJobs(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    /**
     * @return whether this instance ran the work (false: another instance was running the job)
     * @throws RuntimeException what the work threw, after the lock was released
     */
    public boolean runOnce(String job, Runnable work) {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!call(lockHolder, LOCK, job)) {
                log.debug("job {} skipped: another instance is running it", job);
                meters.counter("cls.jobs.skipped", "job", job).increment();
                return false;
            }
            try {
                work.run();
                meters.counter("cls.jobs.runs", "job", job, "outcome", "done").increment();
                return true;
            } catch (RuntimeException | Error e) {
                meters.counter("cls.jobs.runs", "job", job, "outcome", "failed").increment();
                throw e;
            } finally {
                release(lockHolder, job);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not take or release the lock of job " + job, e);
        }
    }

    private static void release(Connection lockHolder, String job) throws SQLException {
        if (!call(lockHolder, UNLOCK, job)) {
            // Never expected; closing the session would release it, but the pool keeps connections open.
            log.warn("job {}: its lock was not held at release", job);
        }
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, job);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
