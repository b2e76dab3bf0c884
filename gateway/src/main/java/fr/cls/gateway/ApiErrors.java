package fr.cls.gateway;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/** Errors the gateway raises itself (no route: 404; method not allowed...) answer problem+json too. */
@Component
@Order(-3)
class ApiErrors implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!(error instanceof ResponseStatusException status) || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
        String detail = code == HttpStatus.NOT_FOUND ? "no such resource: " + exchange.getRequest().getPath().value()
                : status.getReason() == null ? code.getReasonPhrase() : status.getReason();
        return Problems.write(exchange, code, code.getReasonPhrase(), detail);
    }
}
