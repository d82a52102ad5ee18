package ruleoflaw.ledger.gateway.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.sun.net.httpserver.HttpServer;

import ruleoflaw.ledger.gateway.TestUsers;

/**
 * The real gateway in front of two real instances of study (health checked every half second) and two of litigation
 * (checked once, so that an instance stopped stays in the list and the retries are what keeps requests answered);
 * outreach has one instance, which is down. The breaker is kept from opening here: the failures are on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.loadbalancer.clients.study.health-check.interval=500ms",
        "spring.cloud.loadbalancer.clients.litigation.health-check.interval=10m",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=1000"})
// closed after these tests: its health checks would keep the other contexts' shared HTTP resources from closing quietly
@DirtiesContext
class LoadBalancingTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final Instance STUDY_1 = new Instance("study-1");
    private static final Instance STUDY_2 = new Instance("study-2");
    private static final Instance LITIGATION_1 = new Instance("litigation-1");
    private static final Instance LITIGATION_2 = new Instance("litigation-2");
    private static final List<Instance> ALL = List.of(STUDY_1, STUDY_2, LITIGATION_1, LITIGATION_2);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
        registry.add("LEDGER_STUDY_URIS", () -> STUDY_1.url() + ", " + STUDY_2.url());
        registry.add("LEDGER_LITIGATION_URIS", () -> LITIGATION_1.url() + "," + LITIGATION_2.url());
    }

    @Autowired
    WebTestClient web;

    @AfterEach
    void everyInstanceUpAgain() {
        ALL.forEach(Instance::upAgain);
        await().atMost(Duration.ofSeconds(10)).until(() -> answeredBy(4).containsAll(List.of("study-1", "study-2")));
        ALL.forEach(instance -> instance.received.clear());
    }

    @Test
    void requestsAreSpreadOverTheInstances() {
        List<String> answered = answeredBy(10);

        // round robin, over a list whose order each health check may turn
        assertThat(answered).containsOnly("study-1", "study-2");
        assertThat(answered).filteredOn("study-1"::equals).hasSizeBetween(3, 7);
    }

    @Test
    void anInstanceWhoseHealthIsNotUpIsLeftOutUntilItIsUpAgain() {
        STUDY_1.mode = Mode.HEALTH_DOWN;

        await().atMost(Duration.ofSeconds(5)).until(() -> answeredBy(6).stream().allMatch("study-2"::equals));
        STUDY_1.received.clear();
        assertThat(answeredBy(10)).containsOnly("study-2");
        assertThat(STUDY_1.received).isEmpty();

        STUDY_1.mode = Mode.UP;
        await().atMost(Duration.ofSeconds(5)).until(() -> answeredBy(4).contains("study-1"));
    }

    @Test
    void theDashboardShowsEachInstance() {
        STUDY_1.mode = Mode.HEALTH_DOWN;

        web.get().uri("/api/dashboard/health").headers(this::auditor).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.services[?(@.service=='study')].status").isEqualTo(List.of("UP"))
                .jsonPath("$.services[?(@.service=='study')].instances[*].url")
                .isEqualTo(List.of(STUDY_1.url(), STUDY_2.url()))
                .jsonPath("$.services[?(@.service=='study')].instances[*].instance")
                .isEqualTo(List.of(STUDY_1.url().substring(7), STUDY_2.url().substring(7)))
                .jsonPath("$.services[?(@.service=='study')].instances[*].status").isEqualTo(List.of("DOWN", "UP"))
                .jsonPath("$.services[?(@.service=='litigation')].instances[*].status").isEqualTo(List.of("UP", "UP"))
                .jsonPath("$.services[?(@.service=='outreach')].instances[*].status").isEqualTo(List.of("UNREACHABLE"))
                .jsonPath("$.services[?(@.service=='outreach')].status").isEqualTo(List.of("UNREACHABLE"));
    }

    @Test
    void withAnInstanceStoppedReadsAndKeyedChangesGoToTheOther() {
        LITIGATION_2.stop();

        for (int n = 0; n < 6; n++) {
            int i = n;
            web.get().uri("/api/litigation/cases?n=" + i).headers(this::auditor).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.instance").isEqualTo("litigation-1");
            String body = "{\"title\":\"行政诉讼案件" + i + "\"}";
            web.post().uri("/api/litigation/cases").headers(this::recorder).header("Idempotency-Key", "lb-key-" + i)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isCreated().expectBody().jsonPath("$.instance").isEqualTo("litigation-1");
            // the body the gateway kept for the retry is the body sent, once
            assertThat(LITIGATION_1.received).filteredOn(seen -> seen.contains("lb-key-" + i))
                    .containsExactly("POST /api/litigation/cases lb-key-" + i + " " + body);
        }
    }

    @Test
    void withAnInstanceStoppedAChangeWithoutAKeyIsNeverSentAgain() {
        LITIGATION_2.stop();
        int created = 0;
        List<String> refusals = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            EntityExchangeResult<String> answer = web.post().uri("/api/litigation/cases").headers(this::recorder)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"无键案件" + i + "\"}").exchange()
                    .expectBody(String.class).returnResult();
            if (answer.getStatus() == HttpStatus.CREATED) {
                created++;
            } else {
                assertThat(answer.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                refusals.add(answer.getResponseBody());
            }
        }

        // round robin: every other one went to the stopped instance, and stayed refused
        assertThat(refusals).hasSize(3).allMatch(problem -> problem.contains("nothing was recorded"));
        assertThat(LITIGATION_1.received).filteredOn(seen -> seen.startsWith("POST ")).hasSize(created);
    }

    @Test
    void aReadOrAKeyedChangeAnswered503IsSentToAnotherInstanceOneWithoutAKeyIsNot() {
        LITIGATION_2.mode = Mode.ANSWERS_503;

        for (int i = 0; i < 4; i++) {
            web.get().uri("/api/litigation/cases").headers(this::auditor).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.instance").isEqualTo("litigation-1");
            web.post().uri("/api/litigation/cases").headers(this::recorder).header("Idempotency-Key", "lb-503-" + i)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isCreated();
        }
        List<HttpStatus> unkeyed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            unkeyed.add((HttpStatus) web.post().uri("/api/litigation/cases").headers(this::recorder)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectBody().returnResult().getStatus());
        }

        assertThat(unkeyed).containsOnly(HttpStatus.CREATED, HttpStatus.SERVICE_UNAVAILABLE)
                .filteredOn(HttpStatus.SERVICE_UNAVAILABLE::equals).hasSize(2);
        assertThat(LITIGATION_2.received).filteredOn(seen -> seen.startsWith("POST ") && !seen.contains("lb-503"))
                .hasSize(2);
    }

    @Test
    void withEveryInstanceStoppedTheAnswerIsA503Problem() {
        LITIGATION_1.stop();
        LITIGATION_2.stop();

        web.get().uri("/api/litigation/cases").headers(this::auditor).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("The litigation service is not available; nothing was recorded. Try again shortly.");
    }

    @Test
    void whileNoInstanceIsHealthyRequestsStillGoToThemAll() throws InterruptedException {
        STUDY_1.mode = Mode.HEALTH_DOWN;
        STUDY_2.mode = Mode.HEALTH_DOWN;
        Thread.sleep(1500); // a few rounds of health checks

        // a health check that was merely slow, or a database away, leaves the service to answer for itself
        assertThat(answeredBy(6)).containsOnly("study-1", "study-2").contains("study-1", "study-2");
    }

    /** Which instance of study answered each of {@code count} reads. */
    private List<String> answeredBy(int count) {
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = web.get().uri("/api/study/sessions").headers(this::auditor).exchange()
                    .expectBody(String.class).returnResult().getResponseBody();
            answered.add(body != null && body.contains("\"instance\"") ? body.replaceAll(".*\"instance\":\"([^\"]+)\".*", "$1")
                    : String.valueOf(body));
        }
        return answered;
    }

    private void auditor(org.springframework.http.HttpHeaders headers) {
        headers.setBasicAuth("auditor", USERS.password("auditor"));
    }

    private void recorder(org.springframework.http.HttpHeaders headers) {
        headers.setBasicAuth("recorder", USERS.password("recorder"));
    }

    enum Mode {
        UP,
        /** Answers requests, but its health says DOWN (503), as a service whose database is away. */
        HEALTH_DOWN,
        /** Healthy, but answers every request 503. */
        ANSWERS_503
    }

    /** A real HTTP server playing one instance of a service: says its name, records what it got (not its health). */
    static final class Instance {
        final String name;
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile Mode mode = Mode.UP;
        private volatile HttpServer server;
        private final int port;

        Instance(String name) {
            this.name = name;
            this.server = start(0);
            this.port = server.getAddress().getPort();
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }

        synchronized void upAgain() {
            mode = Mode.UP;
            if (server == null) {
                server = start(port);
            }
        }

        private HttpServer start(int on) {
            try {
                HttpServer started = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 0);
                started.createContext("/", exchange -> {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    String path = exchange.getRequestURI().getPath();
                    int status;
                    String answer;
                    if (path.equals("/actuator/health")) {
                        status = mode == Mode.HEALTH_DOWN ? 503 : 200;
                        answer = "{\"status\":\"" + (mode == Mode.HEALTH_DOWN ? "DOWN" : "UP") + "\"}";
                    } else if (path.startsWith("/actuator/")) {
                        status = 404;
                        answer = "{}";
                    } else {
                        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                        received.add(exchange.getRequestMethod() + " " + path + " " + key + " " + body);
                        status = mode == Mode.ANSWERS_503 ? 503 : exchange.getRequestMethod().equals("POST") ? 201 : 200;
                        answer = "{\"instance\":\"" + name + "\"}";
                    }
                    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(status, bytes.length);
                    exchange.getResponseBody().write(bytes);
                    exchange.close();
                });
                started.setExecutor(Executors.newFixedThreadPool(8, task -> {
                    Thread thread = new Thread(task, name);
                    thread.setDaemon(true);
                    return thread;
                }));
                started.start();
                return started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
