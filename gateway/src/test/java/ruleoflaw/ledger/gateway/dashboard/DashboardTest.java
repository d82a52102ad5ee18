package ruleoflaw.ledger.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import ruleoflaw.ledger.gateway.StubServices;
import ruleoflaw.ledger.gateway.TestUsers;

/** The dashboard page and its gateway API, on the real gateway in front of stub services (outreach down). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final Path DATA = USERS.directory();
    private static final Map<String, String> passwords = new HashMap<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void noPasswordsYet() {
        passwords.clear();
    }

    @Test
    void thePageItsScriptsAndChartsNeedASignedInUser() {
        // a person without a session (and no credentials) is sent to the login page, to come back after
        for (String path : List.of("/dashboard", "/dashboard/", "/district", "/dashboard/district.html")) {
            web.get().uri(path).exchange().expectStatus().isFound()
                    .expectHeader().valueEquals("Location", "/login?next=" + path);
        }
        web.get().uri("/district?year=2024").exchange().expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login?next=/district%3Fyear%3D2024");
        // scripts, charts and the API are asked for credentials, as before
        for (String path : List.of("/dashboard/dashboard.js", "/webjars/echarts/dist/echarts.min.js",
                "/api/dashboard/health", "/api/dashboard/operations", "/api/dashboard/me", "/dashboard/district.js")) {
            web.get().uri(path).exchange().expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"rule-of-law ledger\"");
        }
        // a wrong password is a 401 on the page too (counted as a failed sign-in), never a redirect
        web.get().uri("/dashboard/").headers(h -> h.setBasicAuth("auditor", "not-the-password")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void dashboardRedirectsToThePageKeepingTheYearThePageIsChinese() {
        as("auditor").get().uri("/dashboard?year=2024").exchange().expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/dashboard/?year=2024");

        String page = as("auditor").get().uri("/dashboard/?year=2024").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<title>法治建设台账 · 年度看板</title>", "/webjars/echarts/dist/echarts.min.js",
                "dashboard.js", "服务状态", "法定时限");
        as("auditor").get().uri("/dashboard/dashboard.js").exchange().expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("data-figure-key", "学法与会议",
                        "法务", "普法与科普", "政务公开", "/api/dashboard/health"));
        as("recorder").get().uri("/webjars/echarts/dist/echarts.min.js").exchange().expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("echarts").hasSizeGreaterThan(500_000));
    }

    @Test
    void districtRedirectsToTheDistrictsTableKeepingTheYear() {
        as("auditor").get().uri("/district?year=2024").exchange().expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/dashboard/district.html?year=2024");
        String page = as("auditor").get().uri("/dashboard/district.html?year=2024").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<title>法治建设台账 · 全区汇总</title>", "district.js", "全区合计");
        as("auditor").get().uri("/dashboard/district.js").exchange().expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("/api/reports/district/",
                        "/deadlines/by-department", "data-figure-key"));
    }

    @Test
    void healthNamesEachServiceWithItsStatusAndTheReportingProjectionsLag() {
        as("auditor").get().uri("/api/dashboard/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.checkedAt").isNotEmpty()
                .jsonPath("$.services[*].service").isEqualTo(List.of("study", "litigation", "outreach", "disclosure", "reporting"))
                .jsonPath("$.services[?(@.service=='study')].status").isEqualTo(List.of("UP"))
                .jsonPath("$.services[?(@.service=='outreach')].status").isEqualTo(List.of("UNREACHABLE"))
                .jsonPath("$.services[?(@.service=='reporting')].status").isEqualTo(List.of("UP"))
                .jsonPath("$.services[?(@.service=='reporting')].lag[0].metric").isEqualTo(List.of("ledger_processor_lag"))
                .jsonPath("$.services[?(@.service=='reporting')].lag[0].value").isEqualTo(List.of(StubServices.REPORTING_LAG))
                .jsonPath("$.services[?(@.service=='reporting')].lag[0].labels")
                .value(labels -> assertThat(labels.toString()).contains("processor=\\\"ledger-records\\\""))
                .jsonPath("$.services[?(@.service=='study')].lag[*]").isEmpty();
    }

    @Test
    void anImportsProgressReportedByTheCliIsListedForEverySignedInUser() {
        as("recorder").put().uri("/api/dashboard/operations/import-kjj-2024").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "label", "kjj-2024.jsonl（区科技局）", "done", 40, "total", 120,
                        "rate", 20.5, "eta", 3.9))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.user").isEqualTo("recorder");
        as("recorder").put().uri("/api/dashboard/operations/import-kjj-2024").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "label", "kjj-2024.jsonl（区科技局）", "done", 120, "total", 120,
                        "rate", 21.0, "eta", 0, "finished", true))
                .exchange().expectStatus().isOk();

        as("auditor").put().uri("/api/dashboard/operations/import-fake").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "label", "假进度", "done", 1, "total", 1))
                .exchange().expectStatus().isForbidden();

        as("auditor").get().uri("/api/dashboard/operations").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id=='import-kjj-2024')].label").isEqualTo(List.of("kjj-2024.jsonl（区科技局）"))
                .jsonPath("$[?(@.id=='import-kjj-2024')].done").isEqualTo(List.of(120))
                .jsonPath("$[?(@.id=='import-kjj-2024')].total").isEqualTo(List.of(120))
                .jsonPath("$[?(@.id=='import-kjj-2024')].finished").isEqualTo(List.of(true))
                .jsonPath("$[?(@.id=='import-kjj-2024')].user").isEqualTo(List.of("recorder"));
    }

    @Test
    void aBadReportIsA400NamingTheFieldAndIsNotListed() {
        Map<String, Map<String, Object>> bad = Map.of(
                "kind", Map.of("done", 1, "total", 2),
                "done", Map.of("kind", "import", "done", 3, "total", 2),
                "total", Map.of("kind", "import", "done", 0, "total", -1),
                "rate", Map.of("kind", "import", "done", 0, "total", 2, "rate", -1));
        bad.forEach((field, body) -> as("recorder").put().uri("/api/dashboard/operations/bad-" + field)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field));
        as("recorder").put().uri("/api/dashboard/operations/导入").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "done", 0, "total", 2)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("id");

        as("auditor").get().uri("/api/dashboard/operations").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id =~ /bad-.*/)]").isEmpty();
    }

    @Test
    void anotherUserCannotOverwriteAnOperation() {
        as("recorder").put().uri("/api/dashboard/operations/mine").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "done", 1, "total", 2)).exchange().expectStatus().isOk();
        as("admin").put().uri("/api/dashboard/operations/mine").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "done", 2, "total", 2)).exchange().expectStatus().isEqualTo(409);
        as("editor").put().uri("/api/dashboard/operations/mine").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "import", "done", 2, "total", 2)).exchange().expectStatus().isForbidden();
        as("auditor").get().uri("/api/dashboard/operations").exchange().expectBody()
                .jsonPath("$[?(@.id=='mine')].done").isEqualTo(List.of(1));
    }

    @Test
    void thePageLearnsWhoIsSignedInAndWithWhichRoles() {
        as("admin").get().uri("/api/dashboard/me").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.user").isEqualTo("admin").jsonPath("$.roles").isEqualTo(List.of("admin"));
        as("auditor").get().uri("/api/dashboard/me").exchange().expectBody().jsonPath("$.roles").isEqualTo(List.of("auditor"));
        as("auditor").get().uri("/api/dashboard/me").exchange().expectBody().jsonPath("$.district").isEqualTo(true)
                .jsonPath("$.departments").isEqualTo(List.of());
        as("recorder").get().uri("/api/dashboard/me").exchange().expectBody().jsonPath("$.district").isEqualTo(false);
    }

    private WebTestClient as(String user) {
        // a user's first request checks its bcrypt hash on a freshly started gateway: on a busy CI machine that took
        // longer than the client's default 5 s
        return web.mutate().responseTimeout(java.time.Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth(user, password(user)))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    }

    private String password(String user) {
        if (passwords.isEmpty()) {
            web.get().uri("/actuator/health").exchange();   // the users file exists once the gateway started
            try {
                for (String line : Files.readAllLines(DATA.resolve("initial-passwords.txt"))) {
                    String[] words = line.split(" ");
                    if (!line.startsWith("#") && words.length == 3) {
                        passwords.put(words[0], words[2]);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return passwords.get(user);
    }
}
