package fr.cls.platform.test;

import java.util.concurrent.atomic.AtomicInteger;

/** Throw-away tenants of the test directory (test-tenants.yml), for tests that want a tenant of their own. */
public final class TestTenants {

    private static final int COUNT = 40;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestTenants() {
    }

    public static String next() {
        int n = NEXT.incrementAndGet();
        if (n > COUNT) {
            throw new IllegalStateException("only " + COUNT + " test tenants in test-tenants.yml; add more");
        }
        return "test-tenant-%02d".formatted(n);
    }
}
