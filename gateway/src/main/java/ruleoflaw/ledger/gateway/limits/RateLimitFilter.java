package ruleoflaw.ledger.gateway.limits;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import reactor.core.publisher.Mono;
import ruleoflaw.ledger.gateway.ClientAddress;
import ruleoflaw.ledger.gateway.GatewayProblems;

/**
 * Each user, and each anonymous client address, gets so many requests per second (kept in this process); beyond
 * that, 429 and when to retry.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiterRegistry limiters;

    RateLimitFilter(@Value("${ledger.gateway.rate-limit.per-second}") int perSecond) {
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Authentication::getName)
                // anonymous callers each by their address: one cannot use up the published reports for all
                .defaultIfEmpty("anonymous@" + ClientAddress.of(exchange))
                .flatMap(user -> {
                    RateLimiter limiter = limiters.rateLimiter(user);
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    // permissions come back every second
                    exchange.getResponse().getHeaders().set("Retry-After", "1");
                    return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                            "More requests per second than allowed for one user; retry after 1 s.");
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
