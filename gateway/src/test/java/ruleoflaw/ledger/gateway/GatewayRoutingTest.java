package ruleoflaw.ledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.sun.net.httpserver.HttpServer;

/**
 * The gateway in front of a real HTTP server standing in for each context's service: which path
 * reaches which service, and the request id that travels along.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final Map<String, HttpServer> services = new ConcurrentHashMap<>();
    private static final Map<String, String> lastSeen = new ConcurrentHashMap<>();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        for (String context : new String[] {"study", "litigation", "outreach", "disclosure", "reporting"}) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                lastSeen.put(context, exchange.getRequestURI() + " id=" + exchange.getRequestHeaders().getFirst("X-Request-Id"));
                byte[] body = ("{\"service\":\"" + context + "\",\"学\":\"法\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                // like every ledger service, it answers with the request id it was given
                exchange.getResponseHeaders().set("X-Request-Id", exchange.getRequestHeaders().getFirst("X-Request-Id"));
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            services.put(context, server);
            registry.add("LEDGER_" + context.toUpperCase() + "_URI",
                    () -> "http://127.0.0.1:" + server.getAddress().getPort());
        }
    }

    @AfterAll
    static void stop() {
        services.values().forEach(server -> server.stop(0));
    }

    @Test
    void eachContextsPathReachesItsServiceUnchanged() {
        Map<String, String> paths = Map.of("study", "/api/study/sessions", "litigation", "/api/litigation/cases",
                "outreach", "/api/outreach/events", "disclosure", "/api/disclosure/items", "reporting",
                "/api/reports/2024/figures?asOf=2024-12-05");
        paths.forEach((context, path) -> {
            web.get().uri(path).header("X-Request-Id", "trace-" + context).exchange()
                    .expectStatus().isOk()
                    .expectHeader().values("X-Request-Id", ids -> assertThat(ids).containsExactly("trace-" + context))
                    .expectBody().jsonPath("$.service").isEqualTo(context).jsonPath("$.学").isEqualTo("法");
            assertThat(lastSeen.get(context)).isEqualTo(path + " id=trace-" + context);
        });
    }

    @Test
    void aRequestWithoutIdGetsOneThatTheServiceSeesToo() {
        String id = web.get().uri("/api/study/sessions").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(id).isNotBlank();
        assertThat(lastSeen.get("study")).isEqualTo("/api/study/sessions id=" + id);
    }

    @Test
    void pathsOfNoContextAreNotRouted() {
        web.get().uri("/api/unknown/x").exchange().expectStatus().isNotFound();
    }

    @Test
    void answersHealthAndPrometheus() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
    }
}
