package fr.cls.gateway;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a body larger than {@code cls.gateway.max-body-size} with 413 problem+json, before authentication
 * so that nobody makes the gateway read a huge body. A body sent without Content-Length (chunked) is read up to
 * the limit, no further, and passed on with its length once it is known to fit: never half-forwarded.
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
        ServerHttpRequest request = exchange.getRequest();
        long length = request.getHeaders().getContentLength();
        if (length > maximum.toBytes()) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "too-large", String.valueOf(length),
                    String.valueOf(maximum.toBytes()));
        }
        if (length >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(maximum.toBytes()))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> chain.filter(exchange.mutate().request(withKnownLength(request, body)).build()))
                .onErrorResume(DataBufferLimitException.class, e -> Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                        "too-large-chunked", String.valueOf(maximum.toBytes())));
    }

    private static ServerHttpRequest withKnownLength(ServerHttpRequest request, Optional<DataBuffer> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.map(DataBuffer::readableByteCount).orElse(0));
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Mono.justOrEmpty(body));
            }
        };
    }
}
