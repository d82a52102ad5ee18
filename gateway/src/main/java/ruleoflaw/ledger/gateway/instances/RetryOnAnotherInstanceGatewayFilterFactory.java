package ruleoflaw.ledger.gateway.instances;

import java.io.IOException;
import java.net.URI;

import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * A route's {@code RetryOnAnotherInstance} filter (after its circuit breaker): a request that one instance of the
 * service could not take (no connection, the connection closed before an answer, or 502/503) goes to the next
 * instance, when taking it twice records nothing twice: a read (GET, HEAD), or a change that carries an
 * {@code Idempotency-Key} (a service answers a key it has seen with its first answer). A change without a key is
 * never sent again, and a service of one instance is not asked twice.
 */
@Component
class RetryOnAnotherInstanceGatewayFilterFactory
        extends AbstractGatewayFilterFactory<RetryOnAnotherInstanceGatewayFilterFactory.Config> {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** @param retries how many more instances are tried after the first (round robin, so the next ones) */
    public static class Config {
        private int retries = 2;

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }
    }

    private final DiscoveryClient instances;

    RetryOnAnotherInstanceGatewayFilterFactory(DiscoveryClient instances) {
        super(Config.class);
        this.instances = instances;
    }

    @Override
    public GatewayFilter apply(Config config) {
        RetryGatewayFilterFactory.RetryConfig retry = new RetryGatewayFilterFactory.RetryConfig()
                .setRetries(config.getRetries())
                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                .setSeries()
                .setExceptions(IOException.class)
                .allMethods();
        // without a route id the route's bodies are not all kept in memory: only a keyed change's, below
        GatewayFilter retrying = new RetryGatewayFilterFactory().apply(retry);
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            if (!safeToSendAgain(request)) {
                return chain.filter(exchange);
            }
            String service = serviceOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
            if (instances.getInstances(service).size() < 2) {
                return chain.filter(exchange);
            }
            if (isRead(request)) {
                return retrying.filter(exchange, chain);
            }
            // the body is read once and kept, to be sent to each instance tried
            return ServerWebExchangeUtils.cacheRequestBody(exchange,
                    kept -> retrying.filter(exchange.mutate().request(kept).build(), chain));
        };
    }

    static boolean safeToSendAgain(ServerHttpRequest request) {
        return isRead(request) || request.getHeaders().containsKey(IDEMPOTENCY_KEY);
    }

    private static boolean isRead(ServerHttpRequest request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    private static String serviceOf(Route route) {
        URI uri = route == null ? null : route.getUri();
        return uri != null && "lb".equals(uri.getScheme()) ? uri.getHost() : "";
    }
}
