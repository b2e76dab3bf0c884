package fr.cls.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Errors the gateway raises itself answer problem+json too: no route (404), method not allowed (405), media type
 * (415), a service that cannot be reached (502) or does not answer in time (504), anything else (500).
 */
@Component
@Order(-3)
class ApiErrors implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ApiErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
            code = code == null ? HttpStatus.INTERNAL_SERVER_ERROR : code;
            String detail = code == HttpStatus.NOT_FOUND ? "no such resource: " + exchange.getRequest().getPath().value()
                    : status.getReason() == null ? code.getReasonPhrase() : status.getReason();
            status.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
            return Problems.write(exchange, code, code.getReasonPhrase(), detail);
        }
        if (causedBy(error, TimeoutException.class)) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout",
                    "the service did not answer in time; retry later");
        }
        if (causedBy(error, ConnectException.class)) {
            return Problems.write(exchange, HttpStatus.BAD_GATEWAY, "Bad gateway",
                    "the service cannot be reached at the moment; retry later");
        }
        log.error("request to " + exchange.getRequest().getPath().value() + " failed in the gateway", error);
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the gateway could not handle the request; it is logged");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
