package fr.cls.gateway;

import java.net.ConnectException;
import java.util.Locale;
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
            status.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
            if (code == HttpStatus.NOT_FOUND) {
                return Problems.write(exchange, code, "not-found", exchange.getRequest().getPath().value());
            }
            return statusProblem(exchange, code, status.getReason());
        }
        if (causedBy(error, TimeoutException.class)) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "timeout");
        }
        if (causedBy(error, ConnectException.class)) {
            return Problems.write(exchange, HttpStatus.BAD_GATEWAY, "bad-gateway");
        }
        log.error("request to " + exchange.getRequest().getPath().value() + " failed in the gateway", error);
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal");
    }

    /** A status the gateway has words for reads them; any other keeps Spring's reason (English) under a translated title when known. */
    private static Mono<Void> statusProblem(ServerWebExchange exchange, HttpStatus code, String reason) {
        String name = "status-" + code.value();
        Locale locale = GatewayMessages.locale(exchange);
        String title = GatewayMessages.has("problem." + name + "-title")
                ? GatewayMessages.text(locale, "problem." + name + "-title") : code.getReasonPhrase();
        String detail = GatewayMessages.has("problem." + name) ? GatewayMessages.text(locale, "problem." + name)
                : reason == null ? title : reason;
        return Problems.write(exchange, code, locale, title, detail);
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
