package fr.cls.notification.tracking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;

/**
 * Works for another tenant inside the current transaction, then switches back. Only for what an event of one
 * tenant means for another that takes part in the same contract: a contract's profile reaches its party tenants,
 * a funder's decision reaches the contract's owner (see docs/notifications.md). Both are atomic with the event.
 */
@Component
public class TenantSwitch {

    private final JdbcTemplate jdbc;

    TenantSwitch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void as(String tenant, Runnable work) {
        String previous = TenantContext.require();
        if (previous.equals(tenant)) {
            work.run();
            return;
        }
        set(tenant);
        try {
            work.run();
        } finally {
            set(previous);
        }
    }

    private void set(String tenant) {
        TenantContext.set(tenant);
        jdbc.queryForObject("select set_config('cls.tenant', ?, true)", String.class, tenant);
    }
}
