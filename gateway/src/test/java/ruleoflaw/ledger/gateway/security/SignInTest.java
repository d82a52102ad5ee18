package ruleoflaw.ledger.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.gateway.StubServices;
import ruleoflaw.ledger.gateway.TestUsers;
import ruleoflaw.ledger.gateway.users.UsersFile;

/**
 * People sign in on the login page and keep a session cookie (CSRF-protected, ending when idle or signed out);
 * programs keep sending HTTP Basic credentials with every request, without a session or a CSRF token. The real
 * gateway in front of stub services, on a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.security.session-timeout=10m", "ledger.gateway.rate-limit.per-second=500"})
class SignInTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    /** The gateway's clock, moved by the test (sessions end on it). */
    static final class Moving extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    @TestConfiguration
    static class MovingClock {
        @Bean
        @Primary
        Moving movingClock() {
            return new Moving();
        }
    }

    @Autowired
    WebTestClient client;
    @Autowired
    UsersFile users;
    @Autowired
    Moving clock;

    /** A browser's cookies after signing in: the session and the CSRF token. */
    record Browser(String session, String xsrf) {
    }

    private WebTestClient web() {
        // a first bcrypt check on a busy CI machine can take longer than the client's default 5 s
        return client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theLoginPageIsChineseWithItsTwoLabelledFieldsAndGivesTheFormsCsrfToken() {
        EntityExchangeResult<String> page = web().get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult();
        assertThat(page.getResponseBody()).contains("<html lang=\"zh-CN\">", "<title>法治建设台账 · 登录</title>",
                "<label for=\"username\">用户名</label>", "id=\"username\" name=\"username\"",
                "<label for=\"password\">密码</label>", "id=\"password\" name=\"password\" type=\"password\"",
                "id=\"sign-in\" type=\"submit\"", "/login/login.css")
                .doesNotContain("{{", "role=\"alert\"");
        assertThat(csrfField(page.getResponseBody())).isNotBlank();
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(xsrf).as("the CSRF cookie, for the form and the pages' scripts").isNotNull();
        assertThat(xsrf.isHttpOnly()).isFalse();
        assertThat(page.getResponseCookies()).doesNotContainKey("SESSION");

        web().get().uri("/login/login.css").exchange().expectStatus().isOk();
        String wrong = web().get().uri("/login?error").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(wrong).contains("data-message=\"error\" role=\"alert\">用户名或密码错误")
                .contains("data-message=\"logout\" hidden");
        assertThat(web().get().uri("/login?logout").exchange().expectBody(String.class).returnResult().getResponseBody())
                .contains("data-message=\"logout\" role=\"alert\">您已安全退出");
        assertThat(web().get().uri("/login?expired&next=/app/").exchange().expectBody(String.class).returnResult()
                .getResponseBody()).contains("data-message=\"expired\" role=\"alert\"",
                        "name=\"next\" value=\"/app/\"");
        assertThat(web().get().uri("/login?next=https://evil.example/app/").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).contains("name=\"next\" value=\"\"").doesNotContain("evil");
    }

    @Test
    void anonymousPeopleAreSentToTheLoginPageProgramsAreAskedForCredentialsAndPublishedReportsAreOpen() {
        web().get().uri("/app/").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?next=/app/");
        web().get().uri("/app/records/study?year=2024").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?next=/app/records/study%3Fyear%3D2024");
        web().get().uri("/app").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?next=/app");
        web().get().uri("/dashboard/?year=2024").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?next=/dashboard/%3Fyear%3D2024");

        web().get().uri("/api/study/sessions").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"rule-of-law ledger\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web().get().uri("/app/").headers(h -> h.setBasicAuth("recorder", "not-the-password")).exchange()
                .expectStatus().isUnauthorized();

        StubServices.forget("reporting");
        web().get().uri("/api/reports/2024/published").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("reporting");
        assertThat(StubServices.seenLast("reporting").uri()).isEqualTo("/api/reports/2024/published");
    }

    @Test
    void aPersonWithAChineseNameSignsInAndTheSessionCookieAloneIdentifiesThem() throws IOException {
        String password = users.put("法制科张三", List.of("recorder"), List.of("study"), List.of());

        EntityExchangeResult<Void> signedIn = signIn("法制科张三", password, null);
        assertThat(signedIn.getStatus().value()).isEqualTo(302);
        assertThat(signedIn.getResponseHeaders().getLocation()).hasToString("/app/");
        String setSession = signedIn.getResponseHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(setSession.toLowerCase(java.util.Locale.ROOT)).contains("httponly", "samesite=lax")
                .as("not over plain HTTP").doesNotContain("secure");
        Browser browser = browser(signedIn);

        web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.user").isEqualTo("法制科张三")
                .jsonPath("$.roles").isEqualTo(List.of("recorder"))
                .jsonPath("$.csrfHeader").isEqualTo("X-XSRF-TOKEN");

        // the service gets the gateway's assertion of the user, never the browser's cookies
        web().get().uri("/api/study/sessions").cookie("SESSION", browser.session()).cookie("XSRF-TOKEN", browser.xsrf())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("study");
        StubServices.Seen seen = StubServices.seenLast("study");
        assertThat(seen.cookie()).isNull();
        assertThat(subjectOf(seen.authorization())).isEqualTo("法制科张三");

        // a signed-in page without the CSRF cookie gets it
        EntityExchangeResult<byte[]> app = web().get().uri("/app/").cookie("SESSION", browser.session()).exchange()
                .expectStatus().value(status -> assertThat(status).as("not sent to the login page").isIn(200, 404))
                .expectBody().returnResult();
        assertThat(app.getResponseCookies().getFirst("XSRF-TOKEN")).isNotNull();
    }

    @Test
    void afterSigningInTheBrowserGoesBackToTheLedgersPageItAskedForNeverToAnotherSite() {
        String password = users.put("next-reader", List.of("auditor"), List.of(), List.of());
        assertThat(signIn("next-reader", password, "/dashboard/?year=2024").getResponseHeaders().getLocation())
                .hasToString("/dashboard/?year=2024");
        assertThat(signIn("next-reader", password, "/app/records/litigation").getResponseHeaders().getLocation())
                .hasToString("/app/records/litigation");
        for (String elsewhere : List.of("https://evil.example/app/", "//evil.example/app/", "/\\evil.example",
                "/api/users", "javascript:alert(1)", "/app/%zz")) {
            assertThat(signIn("next-reader", password, elsewhere).getResponseHeaders().getLocation())
                    .as(elsewhere).hasToString("/app/");
        }
    }

    @Test
    void aSessionsChangesNeedTheCsrfHeader() {
        String password = users.put("学法录入员", List.of("recorder"), List.of("study"), List.of());
        Browser browser = browser(signIn("学法录入员", password, null));

        StubServices.forget("study");
        web().post().uri("/api/study/sessions").cookie("SESSION", browser.session()).cookie("XSRF-TOKEN", browser.xsrf())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("X-XSRF-TOKEN"));
        web().post().uri("/api/study/sessions").cookie("SESSION", browser.session()).cookie("XSRF-TOKEN", browser.xsrf())
                .header("X-XSRF-TOKEN", "not-" + browser.xsrf())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        assertThat(StubServices.seenLast("study")).as("nothing reached the service").isNull();

        web().post().uri("/api/study/sessions").cookie("SESSION", browser.session()).cookie("XSRF-TOKEN", browser.xsrf())
                .header("X-XSRF-TOKEN", browser.xsrf())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"主题\":\"宪法\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("study");
        assertThat(StubServices.seenLast("study").method()).isEqualTo("POST");
        assertThat(subjectOf(StubServices.seenLast("study").authorization())).isEqualTo("学法录入员");
    }

    @Test
    void programsSendBasicCredentialsWithoutCsrfTokensAndGetNoSession() {
        StubServices.forget("study");
        EntityExchangeResult<byte[]> answer = web().post().uri("/api/study/sessions")
                .headers(h -> h.setBasicAuth("recorder", USERS.password("recorder")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk().expectBody().returnResult();
        assertThat(answer.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("no session, no CSRF cookie").isNull();
        assertThat(StubServices.seenLast("study").method()).isEqualTo("POST");

        // a program's PUT to the dashboard (the command line's progress) as before
        web().put().uri("/api/dashboard/operations/import-sign-in-test")
                .headers(h -> h.setBasicAuth("recorder", USERS.password("recorder")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\":\"import\",\"label\":\"导入\",\"done\":1,\"total\":2}").exchange()
                .expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void wrongPasswordsOnTheFormGoBackToItAndCountAsFailedSignIns() {
        String password = users.put("法制科李四", List.of("auditor"), List.of(), List.of());

        assertThat(signIn("法制科李四", "wrong-0", "/dashboard/").getResponseHeaders().getLocation())
                .hasToString("/login?error&next=/dashboard/");
        for (int i = 1; i < FailedSignIns.PER_NAME; i++) {
            assertThat(signIn("法制科李四", "wrong-" + i, null).getResponseHeaders().getLocation())
                    .hasToString("/login?error");
        }
        // too many: refused before the password is checked, the right one too, on the form and with Basic alike
        String location = signIn("法制科李四", password, null).getResponseHeaders().getLocation().toString();
        assertThat(location).matches("/login\\?too-many&wait=\\d+");
        assertThat(web().get().uri(location).exchange().expectBody(String.class).returnResult().getResponseBody())
                .contains("data-message=\"too-many\" role=\"alert\"");
        web().get().uri("/api/dashboard/me")
                .headers(h -> h.setBasicAuth("法制科李四", "wrong-again", StandardCharsets.UTF_8)).exchange()
                .expectStatus().isEqualTo(429);
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        String password = users.put("no-token", List.of("auditor"), List.of(), List.of());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "no-token");
        form.add("password", password);
        EntityExchangeResult<byte[]> refused = web().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?stale")
                .expectBody().returnResult();
        assertThat(refused.getResponseCookies()).doesNotContainKey("SESSION");
    }

    @Test
    void signingOutEndsTheSession() {
        String password = users.put("退出测试", List.of("auditor"), List.of(), List.of());
        Browser browser = browser(signIn("退出测试", password, null));

        web().post().uri("/logout").cookie("SESSION", browser.session()).cookie("XSRF-TOKEN", browser.xsrf()).exchange()
                .expectStatus().isForbidden();
        web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange().expectStatus().isOk();

        // a page's sign-out form, its _csrf field filled in from the cookie by the page's script
        EntityExchangeResult<byte[]> out = web().post().uri("/logout").cookie("SESSION", browser.session())
                .cookie("XSRF-TOKEN", browser.xsrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", browser.xsrf())).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?logout")
                .expectBody().returnResult();
        assertThat(out.getResponseCookies().getFirst("SESSION").getMaxAge()).isZero();

        web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // a page's script: no HTTP Basic challenge, which would open the browser's own password dialog
                .expectHeader().doesNotExist("WWW-Authenticate");
    }

    @Test
    void aSessionEndsAfterTheTimeoutWithoutARequest() {
        String password = users.put("空闲用户", List.of("auditor"), List.of(), List.of());
        Browser browser = browser(signIn("空闲用户", password, null));

        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(9));
            web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.user").isEqualTo("空闲用户");
        }
        clock.advance(Duration.ofMinutes(11));
        web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("WWW-Authenticate");
        web().get().uri("/app/").cookie("SESSION", browser.session()).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/login?expired&next=/app/");
    }

    @Test
    void aSessionEndsWhenItsUserIsRemoved() {
        String password = users.put("临时用户", List.of("auditor"), List.of(), List.of());
        Browser browser = browser(signIn("临时用户", password, null));
        web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange().expectStatus().isOk();

        users.remove("临时用户");
        web().get().uri("/api/dashboard/me").cookie("SESSION", browser.session()).exchange()
                .expectStatus().isUnauthorized();
    }

    /** What a browser does: get the login page (its CSRF cookie and field), then post the form. */
    private EntityExchangeResult<Void> signIn(String name, String password, String next) {
        EntityExchangeResult<String> page = web().get().uri("/login").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        String xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", name);
        form.add("password", password);
        form.add("_csrf", csrfField(page.getResponseBody()));
        if (next != null) {
            form.add("next", next);
        }
        return web().post().uri("/login").cookie("XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isFound()
                .expectBody(Void.class).returnResult();
    }

    private static Browser browser(EntityExchangeResult<?> signedIn) {
        ResponseCookie session = signedIn.getResponseCookies().getFirst("SESSION");
        ResponseCookie xsrf = signedIn.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(session).as("a session cookie").isNotNull();
        assertThat(xsrf).as("a new CSRF token").isNotNull();
        return new Browser(session.getValue(), xsrf.getValue());
    }

    private static String csrfField(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("the form's _csrf field").isTrue();
        return field.group(1);
    }

    private static String subjectOf(String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        try {
            return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                    .get("sub").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
