package ruleoflaw.ledger.gateway.limits;

import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import ruleoflaw.ledger.gateway.GatewayProblems;

/**
 * Where the circuit breaker of each route sends a request whose service is down, slow or failing:
 * 503 with a problem body that says whether anything may have been recorded.
 */
@RestController
class ServiceUnavailable {

    @RequestMapping("/unavailable/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String detail = cause instanceof TimeoutException
                ? "The " + service + " service did not answer in time; the request may or may not have been recorded. "
                        + "Send it again with the same Idempotency-Key to be sure it is recorded once."
                : "The " + service + " service is not available; nothing was recorded. Try again shortly.";
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail);
    }
}
