package fr.cls.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;

/**
 * For ContractCreationBenchmarkTest only: an audit trail that, while {@link #serialised} is set, also does what every
 * append did before V0_21 — take the tenant's advisory lock in the request's transaction and read the chain's head
 * under it — so that the old and the new write path are measured side by side in one JVM, on one machine state.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SerialisedAuditConfiguration {

    public static volatile boolean serialised;

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, AuditKeys keys, AuditCheckpoints checkpoints, AuditSealer sealer) {
        return new Serialised(jdbc, keys, checkpoints, sealer);
    }

    static class Serialised extends AuditTrail {

        private final JdbcTemplate jdbc;

        Serialised(JdbcTemplate jdbc, AuditKeys keys, AuditCheckpoints checkpoints, AuditSealer sealer) {
            super(jdbc, Clock.systemUTC(), keys, checkpoints, sealer, Duration.ofMinutes(1));
            this.jdbc = jdbc;
        }

            @Override
            @Transactional(propagation = Propagation.MANDATORY)
            public AuditEntry record(String action, String resourceType, String resourceId, Long versionBefore,
                    Long versionAfter) {
                if (serialised) {
                    String tenant = TenantContext.require();
                    jdbc.query("select pg_advisory_xact_lock(hashtext('audit:' || ?))", (ResultSetExtractor<Void>) rs -> null, tenant);
                    jdbc.query("select hash from audit_entry where tenant_id = ? and hash is not null"
                            + " order by coalesce(chain_position, seq) desc limit 1", (ResultSetExtractor<String>) rs -> null, tenant);
                }
                return super.record(action, resourceType, resourceId, versionBefore, versionAfter);
            }
    }
}
