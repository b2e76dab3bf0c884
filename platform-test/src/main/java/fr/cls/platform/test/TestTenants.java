package fr.cls.platform.test;

import java.util.concurrent.atomic.AtomicInteger;

/** Throw-away tenants of the test directory (test-tenants.yml), for tests that want a tenant of their own. */
public final class TestTenants {

    private static final int COUNT = 80;
    private static final int DEPARTEMENTS = 10;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger NEXT_DEPARTEMENT = new AtomicInteger();

    private TestTenants() {
    }

    public static String next() {
        int n = NEXT.incrementAndGet();
        if (n > COUNT) {
            throw new IllegalStateException("only " + COUNT + " test tenants in test-tenants.yml; add more");
        }
        return "test-tenant-%02d".formatted(n);
    }

    /** A throw-away tenant of kind DEPARTEMENT: the only kind whose tokens may carry {@code DEPARTEMENT_*} roles. */
    public static String nextDepartement() {
        int n = NEXT_DEPARTEMENT.incrementAndGet();
        if (n > DEPARTEMENTS) {
            throw new IllegalStateException("only " + DEPARTEMENTS + " test départements in test-tenants.yml; add more");
        }
        return "test-departement-%02d".formatted(n);
    }
}
