package ruleoflaw.ledger.gateway.dashboard;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import com.fasterxml.jackson.databind.JsonNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Asks each instance of each service behind the gateway (the instances its routes are balanced over) for its health,
 * and for the lag of its event processors ({@code ledger_processor_lag} gauges of its Prometheus metrics); services
 * keep their actuator open on loopback. An instance that does not answer within two seconds is {@code UNREACHABLE}.
 */
@Component
class ServicesHealth {

    static final List<String> SERVICES = List.of("study", "litigation", "outreach", "disclosure", "reporting");
    private static final String LAG_METRIC = "ledger_processor_lag";
    private static final String UP = "UP";
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final ReactiveDiscoveryClient instances;
    private final WebClient web;

    ServicesHealth(ReactiveDiscoveryClient instances, WebClient.Builder web) {
        this.instances = instances;
        this.web = web.build();
    }

    Mono<List<ServiceHealth>> check() {
        return Flux.fromIterable(SERVICES)
                .flatMapSequential(service -> instances.getInstances(service)
                        .flatMapSequential(this::check)
                        .collectList()
                        .filter(checked -> !checked.isEmpty())
                        .map(checked -> ofService(service, checked)))
                .collectList();
    }

    /** UP while any instance is; else the first instance's status. */
    static ServiceHealth ofService(String service, List<ServiceHealth.Instance> instances) {
        String status = instances.stream().map(ServiceHealth.Instance::status).filter(UP::equals).findFirst()
                .orElse(instances.get(0).status());
        long millis = instances.stream().mapToLong(ServiceHealth.Instance::millis).max().orElse(0);
        Map<String, ServiceHealth.Lag> highest = new LinkedHashMap<>();
        instances.forEach(instance -> instance.lag().forEach(lag -> highest.merge(lag.metric() + "{" + lag.labels() + "}",
                lag, (one, other) -> other.value() > one.value() ? other : one)));
        return new ServiceHealth(service, status, millis, List.copyOf(highest.values()), instances);
    }

    private Mono<ServiceHealth.Instance> check(ServiceInstance instance) {
        URI address = instance.getUri();
        long started = System.nanoTime();
        Mono<String> status = web.get().uri(address.resolve("/actuator/health"))
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .map(body -> body.path("status").asText("UNKNOWN"))
                        .defaultIfEmpty(response.statusCode().is2xxSuccessful() ? "UNKNOWN" : "DOWN"))
                .timeout(PATIENCE)
                .onErrorReturn("UNREACHABLE");
        return Mono.zip(status, lag(address)).map(both -> new ServiceHealth.Instance(instance.getInstanceId(),
                address.toString(), both.getT1(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
                both.getT2()));
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
