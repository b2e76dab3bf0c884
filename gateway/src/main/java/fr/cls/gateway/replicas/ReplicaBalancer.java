package fr.cls.gateway.replicas;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * Sends a request to one of its service's instances in turn, right after the route has set the target URL. A
 * refused connection moves to the next instance whatever the method (nothing reached the service); a read
 * (GET, HEAD) that failed mid-flight moves too. A write that failed mid-flight is not sent again: it may have run,
 * and only the client, with its Idempotency-Key, can safely ask again.
 */
final class ReplicaBalancer implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ReplicaBalancer.class);
    private static final int ORDER = RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;

    /** Longest name first, so that a route id finds its own service rather than one whose name is a prefix of it. */
    private final List<ReplicaGroup> groups;

    ReplicaBalancer(List<ReplicaGroup> groups) {
        this.groups = groups.stream().filter(group -> group.size() > 1)
                .sorted(Comparator.comparingInt((ReplicaGroup group) -> group.service().length()).reversed()).toList();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        URI target = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        ReplicaGroup group = route == null ? null : groupOf(route.getId());
        if (group == null || target == null || !target.getScheme().startsWith("http")) {
            return chain.filter(exchange);
        }
        return attempt(exchange, chain, group, target, group.attemptOrder(), 0);
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, ReplicaGroup group, URI target,
            List<URI> order, int index) {
        URI instance = order.get(index);
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR, on(instance, target));
        return chain.filter(exchange).onErrorResume(error -> {
            boolean refused = refused(error);
            if (refused) {
                group.markDown(instance);
            }
            if (index + 1 >= order.size() || exchange.getResponse().isCommitted() || !(refused || readFailed(exchange, error))) {
                return Mono.error(error);
            }
            log.warn("{} instance {} failed ({}); trying {}", group.service(), instance,
                    refused ? "connection refused" : error.getClass().getSimpleName(), order.get(index + 1));
            ServerWebExchangeUtils.reset(exchange);
            return attempt(exchange, chain, group, target, order, index + 1);
        });
    }

    ReplicaGroup groupOf(String routeId) {
        for (ReplicaGroup group : groups) {
            if (routeId.equals(group.service()) || routeId.startsWith(group.service() + "-")) {
                return group;
            }
        }
        return null;
    }

    /** The target's path and query on the instance's scheme, host and port. */
    private static URI on(URI instance, URI target) {
        return UriComponentsBuilder.fromUri(target).scheme(instance.getScheme()).host(instance.getHost())
                .port(instance.getPort()).build(true).toUri();
    }

    /** No connection, so nothing of the request was sent (a connect timeout is a ConnectException too). */
    private static boolean refused(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static boolean readFailed(ServerWebExchange exchange, Throwable error) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
