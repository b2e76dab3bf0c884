package fr.cls.gateway.replicas;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One service's instances, taken in turn. An instance that refused a connection goes to the back of the order for
 * {@code downFor}: still tried when every other one failed too, so a wrong mark never makes a service unreachable.
 */
final class ReplicaGroup {

    private final String service;
    private final List<URI> instances;
    private final long downForNanos;
    private final LongSupplier nanoTime;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<URI, Long> downUntil = new ConcurrentHashMap<>();

    ReplicaGroup(String service, List<URI> instances, Duration downFor, LongSupplier nanoTime) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException(service + " has no instance");
        }
        this.service = service;
        this.instances = List.copyOf(instances);
        this.downForNanos = downFor.toNanos();
        this.nanoTime = nanoTime;
    }

    String service() {
        return service;
    }

    int size() {
        return instances.size();
    }

    /** Every instance once, the next in turn first, those marked down last. */
    List<URI> attemptOrder() {
        int start = Math.floorMod(next.getAndIncrement(), instances.size());
        List<URI> up = new ArrayList<>();
        List<URI> down = new ArrayList<>();
        long now = nanoTime.getAsLong();
        for (int i = 0; i < instances.size(); i++) {
            URI instance = instances.get((start + i) % instances.size());
            Long until = downUntil.get(instance);
            if (until != null && now - until < 0) {
                down.add(instance);
            } else {
                up.add(instance);
            }
        }
        up.addAll(down);
        return up;
    }

    void markDown(URI instance) {
        downUntil.put(instance, nanoTime.getAsLong() + downForNanos);
    }
}
