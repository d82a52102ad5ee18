package ruleoflaw.ledger.gateway.workbook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import com.fasterxml.jackson.databind.JsonNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import ruleoflaw.ledger.contracts.identity.LedgerRoles;
import ruleoflaw.ledger.workbook.Labels;
import ruleoflaw.ledger.workbook.WorkbookLayout;

/**
 * The workbook's layout, from the services themselves: each recording context's ledger types ({@code GET
 * /api/<context>/ledger/types}, asked with the caller's identity assertion, as a routed request would carry) and its
 * OpenAPI document ({@code /v3/api-docs}, open on the services), from one of the instances of the context's route. Kept for
 * {@link #FRESH}: a service deployed anew shows in its sheets within minutes.
 */
@Component
class WorkbookLayouts {

    static final Duration FRESH = Duration.ofMinutes(5);
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** A context that did not answer; the workbook cannot be laid out without it. */
    static final class ContextAway extends RuntimeException {
        final String context;

        ContextAway(String context, String why) {
            super(context + ": " + why);
            this.context = context;
        }
    }

    private record Kept(WorkbookLayout layout, Instant until) {
    }

    private final GatewayProperties gateway;
    private final WebClient web;
    private final Clock clock;
    private final Labels labels = Labels.standard();
    private volatile Kept kept;

    WorkbookLayouts(GatewayProperties gateway, WebClient.Builder web, LoadBalancedExchangeFilterFunction instances,
            Clock clock) {
        this.gateway = gateway;
        // the routes' addresses are lb://<service>: each call goes to one of the service's instances
        this.web = web.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).filter(instances).build();
        this.clock = clock;
    }

    /** The layout; {@code bearer}: the caller's assertion, for the ledger types. */
    Mono<WorkbookLayout> layout(String bearer) {
        Kept now = kept;
        if (now != null && now.until().isAfter(clock.instant())) {
            return Mono.just(now.layout());
        }
        return Flux.fromIterable(LedgerRoles.RECORDING_CONTEXTS)
                .flatMapSequential(context -> Mono.zip(types(context, bearer), apiDocs(context)))
                .collectList()
                .map(answers -> {
                    Map<String, String> types = new LinkedHashMap<>();
                    List<JsonNode> docs = new ArrayList<>();
                    answers.forEach(answer -> {
                        types.putAll(answer.getT1());
                        docs.add(answer.getT2());
                    });
                    WorkbookLayout layout = WorkbookLayout.of(types, docs, labels);
                    kept = new Kept(layout, clock.instant().plus(FRESH));
                    return layout;
                });
    }

    URI address(String context) {
        Map<String, URI> addresses = new HashMap<>();
        for (RouteDefinition route : gateway.getRoutes()) {
            addresses.put(route.getId(), route.getUri());
        }
        URI address = addresses.get(context);
        if (address == null) {
            throw new ContextAway(context, "no route");
        }
        // a route's lb://<service> is http://<service> to the balancer of this WebClient
        return "lb".equals(address.getScheme()) ? URI.create("http://" + address.getHost()) : address;
    }

    WebClient web() {
        return web;
    }

    private Mono<Map<String, String>> types(String context, String bearer) {
        return Mono.defer(() -> web.get().uri(address(context).resolve("/api/" + context + "/ledger/types"))
                .headers(headers -> headers.setBearerAuth(bearer))
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> Mono.just(
                        new ContextAway(context, "ledger types answered " + response.statusCode().value())))
                .bodyToMono(JsonNode.class))
                .timeout(PATIENCE)
                .onErrorMap(e -> !(e instanceof ContextAway), e -> new ContextAway(context, e.toString()))
                .map(body -> {
                    Map<String, String> types = new LinkedHashMap<>();
                    body.path("types").fields().forEachRemaining(type -> types.put(type.getKey(), type.getValue().asText()));
                    return types;
                });
    }

    private Mono<JsonNode> apiDocs(String context) {
        return Mono.defer(() -> web.get().uri(address(context).resolve("/v3/api-docs"))
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> Mono.just(
                        new ContextAway(context, "/v3/api-docs answered " + response.statusCode().value())))
                .bodyToMono(JsonNode.class))
                .timeout(PATIENCE)
                .onErrorMap(e -> !(e instanceof ContextAway), e -> new ContextAway(context, e.toString()));
    }
}
