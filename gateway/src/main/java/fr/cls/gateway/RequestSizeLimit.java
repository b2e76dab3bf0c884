package fr.cls.gateway;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a body larger than {@code cls.gateway.max-body-size} with 413 problem+json, before authentication
 * so that nobody makes the gateway read a huge body. The uploads of signed originals (POST on a contract's or a funding
 * request's {@code /originals}) have their own, larger limit, {@code cls.gateway.max-original-size}. A body sent without Content-Length (chunked) is read up to
 * the limit, no further, and passed on with its length once it is known to fit: never half-forwarded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit implements WebFilter {

    private static final List<PathPattern> ORIGINAL_UPLOADS = List.of(
            PathPatternParser.defaultInstance.parse("/api/v1/contracts/{id}/originals"),
            PathPatternParser.defaultInstance.parse("/api/v1/funding/requests/{id}/originals"));

    private final DataSize bodies;
    private final DataSize originals;

    RequestSizeLimit(@Value("${cls.gateway.max-body-size:1MB}") DataSize bodies,
            @Value("${cls.gateway.max-original-size:20MB}") DataSize originals) {
        this.bodies = bodies;
        this.originals = originals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        DataSize maximum = isOriginalUpload(request) ? originals : bodies;
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

    private static boolean isOriginalUpload(ServerHttpRequest request) {
        return HttpMethod.POST.equals(request.getMethod())
                && ORIGINAL_UPLOADS.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
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
