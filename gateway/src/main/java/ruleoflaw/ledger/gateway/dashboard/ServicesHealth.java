package ruleoflaw.ledger.gateway.dashboard;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import com.fasterxml.jackson.databind.JsonNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Asks each service behind the gateway for its health, at the address its route gives (the route named after its
 * context), and for the lag of its event processors ({@code ledger_processor_lag} gauges of its Prometheus metrics);
 * services keep their actuator open on loopback. A service that does not answer within two seconds is
 * {@code UNREACHABLE}.
 */
@Component
class ServicesHealth {

    static final List<String> SERVICES = List.of("study", "litigation", "outreach", "disclosure", "reporting");
    private static final String LAG_METRIC = "ledger_processor_lag";
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final GatewayProperties gateway;
    private final WebClient web;

    ServicesHealth(GatewayProperties gateway, WebClient.Builder web) {
        this.gateway = gateway;
        this.web = web.build();
    }

    Mono<List<ServiceHealth>> check() {
        Map<String, URI> addresses = new java.util.HashMap<>();
        for (RouteDefinition route : gateway.getRoutes()) {
            addresses.put(route.getId(), route.getUri());
        }
        return Flux.fromIterable(SERVICES).filter(addresses::containsKey)
                .flatMapSequential(service -> check(service, addresses.get(service)))
                .collectList();
    }

    private Mono<ServiceHealth> check(String service, URI address) {
        long started = System.nanoTime();
        Mono<String> status = web.get().uri(address.resolve("/actuator/health"))
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .map(body -> body.path("status").asText("UNKNOWN"))
                        .defaultIfEmpty(response.statusCode().is2xxSuccessful() ? "UNKNOWN" : "DOWN"))
                .timeout(PATIENCE)
                .onErrorReturn("UNREACHABLE");
        return Mono.zip(status, lag(address)).map(both -> new ServiceHealth(service, both.getT1(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), both.getT2()));
    }

    private Mono<List<ServiceHealth.Lag>> lag(URI address) {
        return web.get().uri(address.resolve("/actuator/prometheus"))
                .retrieve().bodyToMono(String.class)
                .map(ServicesHealth::lagGauges)
                .timeout(PATIENCE)
                .onErrorReturn(List.of())
                .defaultIfEmpty(List.of());
    }

    /** The {@code ledger_processor_lag...} samples of a Prometheus text exposition. */
    static List<ServiceHealth.Lag> lagGauges(String exposition) {
        List<ServiceHealth.Lag> found = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(LAG_METRIC)) {
                continue;
            }
            int braceOpen = line.indexOf('{');
            int braceClose = line.indexOf('}', Math.max(braceOpen, 0));
            boolean labelled = braceOpen > 0 && braceClose > braceOpen;
            String[] rest = (labelled ? line.substring(braceClose + 1) : line).strip().split("\\s+");
            String metric = labelled ? line.substring(0, braceOpen) : rest[0];
            String labels = labelled ? line.substring(braceOpen + 1, braceClose) : "";
            String value = labelled ? rest[0] : rest.length > 1 ? rest[1] : "";
            if (!metric.equals(LAG_METRIC) && !metric.startsWith(LAG_METRIC + "_")) {
                continue;
            }
            try {
                found.add(new ServiceHealth.Lag(metric, labels, Double.parseDouble(value)));
            } catch (NumberFormatException e) {
                // not a sample the dashboard can show
            }
        }
        return found;
    }
}
