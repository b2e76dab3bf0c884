package fr.cls.platform.context;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The tenant the current thread works for. Set at the start of a request, a consumed event or a scheduled
 * job, and always cleared at its end so that a pooled thread never carries a tenant into the next unit.
 */
public final class TenantContext {

    /** Tenant ids are slugs such as {@code ars-bretagne} or {@code cd-53}. */
    public static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("no tenant in context: this work must run for a tenant");
        }
        return tenant;
    }

    public static void set(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("invalid tenant id: " + tenantId);
        }
        CURRENT.set(tenantId);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /**
     * Runs work for a tenant, then restores the caller's tenant (or none). For work that opens its own transactions,
     * which take the tenant as they begin; inside a transaction, {@link TenantSwitch} also moves its setting.
     */
    public static <T> T callAs(String tenantId, Supplier<T> work) {
        String previous = CURRENT.get();
        set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                clear();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@link #callAs} for work with no result. */
    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
