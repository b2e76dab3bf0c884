package fr.cls.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses a body larger than {@code cls.gateway.max-body-size} with 413 problem+json, before authentication
 * so that nobody makes the gateway read a huge body. Bodies without Content-Length (chunked) are left to the
 * services' own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit implements WebFilter {

    private final DataSize maximum;

    RequestSizeLimit(@Value("${cls.gateway.max-body-size:1MB}") DataSize maximum) {
        this.maximum = maximum;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maximum.toBytes()) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                    "the body is " + length + " bytes; the limit is " + maximum.toBytes() + " bytes");
        }
        return chain.filter(exchange);
    }
}
