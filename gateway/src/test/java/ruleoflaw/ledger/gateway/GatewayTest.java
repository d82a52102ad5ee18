package ruleoflaw.ledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import ruleoflaw.ledger.gateway.users.UsersFile;

/** The real gateway in front of real HTTP servers standing in for the services (see {@link StubServices}). */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.gateway.rate-limit.per-second=20", "ledger.gateway.metrics-token=" + GatewayTest.METRICS_TOKEN,
                // as bin/suite gives every process (dev-stack.properties): unused with the users in a file
                "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/ledger"})
class GatewayTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final Path DATA = USERS.directory();
    static final String METRICS_TOKEN = "scrape-token-0123456789abcdef";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    @Autowired
    WebTestClient web;
    @LocalServerPort
    int port;

    private static Map<String, String> passwords;

    @BeforeEach
    void readGeneratedPasswords() throws IOException {
        if (passwords == null) {
            passwords = new java.util.HashMap<>();
            for (String line : Files.readAllLines(DATA.resolve("initial-passwords.txt"))) {
                if (!line.startsWith("#")) {
                    String[] words = line.split(" ");
                    passwords.put(words[0], words[2]);
                }
            }
        }
    }

    @Test
    void theFirstStartCreatesOneUserPerRoleWithOwnerOnlyFiles() throws IOException {
        assertThat(passwords).containsOnlyKeys("recorder", "editor", "approver", "auditor", "admin", "supervisor");
        assertThat(Files.getPosixFilePermissions(DATA.resolve("users.json"))).hasSize(2);
        assertThat(Files.getPosixFilePermissions(DATA.resolve("initial-passwords.txt"))).hasSize(2);
        assertThat(Files.readString(DATA.resolve("users.json"))).contains("{bcrypt}").doesNotContain(passwords.get("admin"));
    }

    @Test
    void withTheUsersInAFileTheGatewayOpensNoDatabase(@Autowired org.springframework.context.ApplicationContext context) {
        // every process of the suite is given spring.datasource.*; the gateway uses it only for users kept there
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
        assertThat(context.getBean(ruleoflaw.ledger.gateway.users.UsersStore.class)).isInstanceOf(UsersFile.class);
    }

    @Test
    void eachContextsPathReachesItsServiceWithASignedAssertionInsteadOfTheClientsPassword() {
        Map<String, String> paths = Map.of("study", "/api/study/sessions", "litigation", "/api/litigation/cases",
                "disclosure", "/api/disclosure/items", "reporting", "/api/reports/2024/figures?asOf=2024-12-05");
        paths.forEach((context, path) -> {
            web.get().uri(path).headers(h -> h.setBasicAuth("auditor", passwords.get("auditor")))
                    .header("X-Request-Id", "trace-" + context).exchange()
                    .expectStatus().isOk()
                    .expectHeader().values("X-Request-Id", ids -> assertThat(ids).containsExactly("trace-" + context))
                    .expectBody().jsonPath("$.service").isEqualTo(context).jsonPath("$.学").isEqualTo("法");
            StubServices.Seen seen = StubServices.lastSeen.get(context);
            assertThat(seen.uri()).isEqualTo(path);
            assertThat(seen.requestId()).isEqualTo("trace-" + context);
            Jwt assertion = verifiedAssertion(seen.authorization());
            assertThat(assertion.getSubject()).isEqualTo("auditor");
            assertThat(assertion.getClaimAsStringList("roles")).containsExactly("auditor");
            assertThat(assertion.getClaimAsString("iss")).isEqualTo("ledger-gateway");
            assertThat(assertion.getExpiresAt()).isBefore(java.time.Instant.now().plusSeconds(61));
        });
    }

    @Test
    void aRequestWithoutIdGetsOneThatTheServiceSeesToo() {
        String id = web.get().uri("/api/study/sessions").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor")))
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(id).isNotBlank();
        assertThat(StubServices.lastSeen.get("study").requestId()).isEqualTo(id);
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordNothingIsForwarded() {
        StubServices.lastSeen.remove("study");
        web.post().uri("/api/study/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"rule-of-law ledger\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/study/sessions").headers(h -> h.setBasicAuth("recorder", "guessed"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
        assertThat(StubServices.lastSeen).doesNotContainKey("study");
    }

    @Test
    void onlyARecorderOfTheContextWritesThere() {
        String password = users().put("应诉专员", List.of("recorder"), List.of("litigation"), List.of());
        StubServices.lastSeen.remove("study");

        post("/api/study/sessions", "auditor", passwords.get("auditor")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/study/sessions", "应诉专员", password).expectStatus().isForbidden();
        assertThat(StubServices.lastSeen).doesNotContainKey("study");

        post("/api/litigation/cases", "应诉专员", password).expectStatus().isOk();
        post("/api/study/sessions", "recorder", passwords.get("recorder")).expectStatus().isOk();
        assertThat(verifiedAssertion(StubServices.lastSeen.get("study").authorization()).getSubject()).isEqualTo("recorder");
    }

    @Test
    void aUserActsOnlyForItsDepartmentsAndTheSupervisorReadsEveryOne() {
        String password = users().put("科技局录入员", List.of("recorder"), List.of(), List.of("kjj"));
        StubServices.lastSeen.remove("study");

        post("/api/study/sessions?department=sfj", "科技局录入员", password).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("department")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("kjj", "sfj"));
        assertThat(StubServices.lastSeen).doesNotContainKey("study");

        post("/api/study/sessions", "科技局录入员", password).expectStatus().isOk();
        Jwt own = verifiedAssertion(StubServices.lastSeen.get("study").authorization());
        assertThat(own.getClaimAsString("department")).isEqualTo("kjj");
        assertThat(own.getClaimAsBoolean("district")).isFalse();

        web.get().uri("/api/study/sessions?department=sfj").headers(h -> h.setBasicAuth("supervisor",
                passwords.get("supervisor"))).exchange().expectStatus().isOk();
        Jwt supervisor = verifiedAssertion(StubServices.lastSeen.get("study").authorization());
        assertThat(supervisor.getClaimAsString("department")).isEqualTo("sfj");
        assertThat(supervisor.getClaimAsBoolean("district")).isTrue();
        StubServices.lastSeen.remove("study");
        post("/api/study/sessions?department=sfj", "supervisor", passwords.get("supervisor")).expectStatus().isForbidden();
        assertThat(StubServices.lastSeen).doesNotContainKey("study");

        web.get().uri("/api/study/sessions?department=不是代码").headers(h -> h.setBasicAuth("auditor",
                passwords.get("auditor"))).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("department");
    }

    @Test
    void editorsWriteTheReportAndApproversApproveReturnAndPublishIt() {
        StubServices.lastSeen.remove("reporting");
        for (String role : List.of("approver", "admin", "auditor", "recorder")) {
            web.put().uri("/api/reports/2024/report/narrative/measures").headers(h -> h.setBasicAuth(role, passwords.get(role)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\":\"一是深入学习贯彻习近平法治思想\"}")
                    .exchange().expectStatus().isForbidden();
        }
        for (String step : List.of("submission", "revision")) {
            post("/api/reports/2024/report/" + step, "approver", passwords.get("approver")).expectStatus().isForbidden();
        }
        for (String step : List.of("approval", "return", "publication")) {
            post("/api/reports/2024/report/" + step + "?kind=disclosure", "editor", passwords.get("editor"))
                    .expectStatus().isForbidden();
            post("/api/reports/2024/report/" + step, "admin", passwords.get("admin")).expectStatus().isForbidden();
        }
        assertThat(StubServices.lastSeen).doesNotContainKey("reporting");

        web.put().uri("/api/reports/2024/report/narrative/measures").headers(h -> h.setBasicAuth("editor", passwords.get("editor")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\":\"一是深入学习贯彻习近平法治思想\"}")
                .exchange().expectStatus().isOk();
        assertThat(StubServices.lastSeen.get("reporting").uri()).isEqualTo("/api/reports/2024/report/narrative/measures");
        for (String step : List.of("submission", "revision")) {
            post("/api/reports/2024/report/" + step, "editor", passwords.get("editor")).expectStatus().isOk();
            assertThat(StubServices.lastSeen.get("reporting").uri()).isEqualTo("/api/reports/2024/report/" + step);
        }
        for (String step : List.of("approval", "return", "publication")) {
            post("/api/reports/2024/report/" + step + "?kind=disclosure", "approver", passwords.get("approver"))
                    .expectStatus().isOk();
            assertThat(StubServices.lastSeen.get("reporting").uri())
                    .isEqualTo("/api/reports/2024/report/" + step + "?kind=disclosure");
        }
    }

    @Test
    void anybodyReadsPublishedReportsOnlySignedInUsersReadTheDraft() {
        web.get().uri("/api/reports/2024/published/1").exchange().expectStatus().isOk();
        web.get().uri("/api/reports/2024/published").exchange().expectStatus().isOk();
        web.get().uri("/api/reports/2024/report").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/reports/2024/report").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void adminPathsNeedAdmin() {
        web.get().uri("/api/reports/admin/rebuild").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor")))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/reports/admin/rebuild").headers(h -> h.setBasicAuth("admin", passwords.get("admin")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItReachesTheService() {
        StubServices.lastSeen.remove("study");
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        web.post().uri("/api/study/sessions").headers(h -> h.setBasicAuth("recorder", passwords.get("recorder")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(big).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(StubServices.lastSeen).doesNotContainKey("study");
    }

    @Test
    void aBatchOfLedgerLinesReachesItsContextsServiceUpToEightMebibytes() {
        StubServices.lastSeen.remove("litigation");
        byte[] batch = jsonArrayOf(1536 * 1024);
        WebTestClient web = this.web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();

        web.post().uri("/api/litigation/ledger/lines?strict=true")
                .headers(h -> h.setBasicAuth("recorder", passwords.get("recorder")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(batch).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("litigation");
        StubServices.Seen seen = StubServices.lastSeen.get("litigation");
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.uri()).isEqualTo("/api/litigation/ledger/lines?strict=true");
        assertThat(seen.bodyLength()).isEqualTo(batch.length);
        assertThat(verifiedAssertion(seen.authorization()).getSubject()).isEqualTo("recorder");

        StubServices.lastSeen.remove("litigation");
        web.post().uri("/api/litigation/ledger/lines").headers(h -> h.setBasicAuth("recorder", passwords.get("recorder")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(jsonArrayOf(8 * 1024 * 1024 + 1)).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("at most 8388608 (8 MiB)", "send fewer lines per batch"));
        assertThat(StubServices.lastSeen).doesNotContainKey("litigation");
        web.post().uri("/api/litigation/cases").headers(h -> h.setBasicAuth("recorder", passwords.get("recorder")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(batch).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    private static byte[] jsonArrayOf(int length) {
        byte[] body = new byte[length];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[length - 1] = ']';
        return body;
    }

    @Test
    void beyondItsRateAUserIsAskedToRetryLater() {
        String password = users().put("busy-clerk", List.of("auditor"), List.of(), List.of());
        AtomicInteger tooMany = new AtomicInteger();
        IntStream.range(0, 60).parallel().forEach(i -> web.get().uri("/api/study/sessions")
                .headers(h -> h.setBasicAuth("busy-clerk", password)).exchange()
                .expectStatus().value(status -> {
                    if (status == 429) {
                        tooMany.incrementAndGet();
                    }
                }));

        assertThat(tooMany.get()).isPositive();
        var limited = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        String retryAfter = null;
        for (int i = 0; i < 60 && retryAfter == null; i++) {
            var result = limited.get().uri("/api/study/sessions").headers(h -> h.setBasicAuth("busy-clerk", password))
                    .exchange().returnResult(String.class);
            if (result.getStatus().value() == 429) {
                retryAfter = result.getResponseHeaders().getFirst("Retry-After");
            }
        }
        assertThat(retryAfter).isEqualTo("1");
    }

    @Test
    void manyCallersAtOnceAllReachAServiceThatAnswersSlowly() throws Exception {
        // Resilience4j's default bulkhead let 25 calls per service in at once: the 26th got a 503, the breaker opened
        int callers = 40;
        List<String> clerks = IntStream.range(0, 4).mapToObj(i -> "clerk-at-once-" + i).toList();
        Map<String, String> passwordOf = new java.util.HashMap<>();
        clerks.forEach(clerk -> passwordOf.put(clerk, users().put(clerk, List.of("auditor"), List.of(), List.of())));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            List<java.util.concurrent.Future<Integer>> answers = IntStream.range(0, callers).mapToObj(i -> pool.submit(() -> {
                String clerk = clerks.get(i % clerks.size());
                String basic = java.util.Base64.getEncoder().encodeToString(
                        (clerk + ":" + passwordOf.get(clerk)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return client.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/api/study/slow"))
                        .header("Authorization", "Basic " + basic).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            })).toList();
            for (var answer : answers) {
                assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aServiceThatIsDownIsA503ProblemWithinTwoSeconds() {
        long started = System.nanoTime();

        web.post().uri("/api/outreach/events").headers(h -> h.setBasicAuth("recorder", passwords.get("recorder")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"宪法宣传周\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("nothing was recorded"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void onlyTheDashboardsOriginMayCallFromABrowser() {
        web.options().uri("/api/study/sessions").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isForbidden();
        web.options().uri("/api/study/sessions").header("Origin", "http://127.0.0.1:8080")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://127.0.0.1:8080");
    }

    @Test
    void healthAndThePublicKeyAreOpenMetricsAreNot() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk().expectBody().jsonPath("$.keys[0].kty")
                .isEqualTo("RSA");
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor"))).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
    }

    @Test
    void prometheusScrapesTheMetricsWithItsTokenAndOnlyWithIt() {
        web.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(METRICS_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("application=\"gateway\"", "context=\"gateway\"", "http_server_requests_seconds_bucket"));
        web.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(METRICS_TOKEN + "x")).exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/actuator/health").headers(h -> h.setBearerAuth(METRICS_TOKEN)).exchange()
                .expectStatus().isOk();
        web.get().uri("/api/study/sessions").headers(h -> h.setBearerAuth(METRICS_TOKEN)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void oneSwaggerUiListsEveryServicesApiDocument() {
        web.get().uri("/swagger-ui.html").exchange().expectStatus().isUnauthorized();
        web.get().uri("/v3/api-docs/swagger-config").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.urls[*].url").value(urls -> assertThat((List<String>) urls).contains(
                        "/v3/api-docs/study", "/v3/api-docs/litigation", "/v3/api-docs/outreach",
                        "/v3/api-docs/disclosure", "/v3/api-docs/reporting"));
        web.get().uri("/v3/api-docs/study").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor"))).exchange()
                .expectStatus().isOk();
        assertThat(StubServices.lastSeen.get("study").uri()).isEqualTo("/v3/api-docs");
    }

    @Test
    void pathsOfNoContextAreNotRouted() {
        web.get().uri("/api/unknown/x").headers(h -> h.setBasicAuth("auditor", passwords.get("auditor"))).exchange()
                .expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec post(String path, String user, String password) {
        return web.post().uri(path).headers(h -> h.setBasicAuth(user, password, java.nio.charset.StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"学习《宪法》\"}").exchange();
    }

    private Jwt verifiedAssertion(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        return NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/.well-known/jwks.json").build()
                .decode(authorization.substring("Bearer ".length()));
    }

    private static UsersFile users() {
        return new UsersFile(DATA.resolve("users.json"));
    }
}
