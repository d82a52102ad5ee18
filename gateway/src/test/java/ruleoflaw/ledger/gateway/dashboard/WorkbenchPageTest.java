package ruleoflaw.ledger.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import ruleoflaw.ledger.gateway.TestUsers;

/** The web application at /app/: its page, scripts and labels, for signed-in users only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchPageTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    @Autowired
    WebTestClient web;

    @Test
    void theApplicationNeedsASignedInUser() {
        for (String path : List.of("/app", "/app/", "/app/app.js", "/app/labels.json", "/app/app.css")) {
            web.get().uri(path).exchange().expectStatus().isFound().expectHeader()
                    .value("Location", location -> assertThat(location).startsWith("/login?next="));
        }
    }

    @Test
    void appRedirectsToThePageKeepingTheDepartment() {
        as("recorder").get().uri("/app?department=kjj").exchange().expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/app/?department=kjj");
    }

    @Test
    void thePageIsChineseAndLoadsTheShellThenTheReportsAndWorkbookModules() {
        String page = as("recorder").get().uri("/app/").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"zh-CN\">", "<title>法治建设台账 · 工作台</title>", "action=\"/logout\"");
        assertThat(page.indexOf("src=\"app.js\" defer")).isPositive()
                .isLessThan(page.indexOf("src=\"reports.js\" defer"));
        assertThat(page.indexOf("src=\"reports.js\" defer")).isLessThan(page.indexOf("src=\"workbook.js\" defer"));
        assertThat(page).doesNotContain("http://", "https://");   // nothing from outside the installation
        for (String script : List.of("/app/app.js", "/app/reports.js", "/app/workbook.js", "/app/app.css")) {
            as("auditor").get().uri(script).exchange().expectStatus().isOk();
        }
        as("auditor").get().uri("/app/app.js").exchange().expectBody(String.class).value(script -> assertThat(script)
                .contains("window.ledgerApp", "/api/dashboard/me", "/v3/api-docs/", "/ledger/types", "X-XSRF-TOKEN",
                        "/login?next="));
    }

    @Test
    void theLabelsNameEveryRecordTypeFieldAndChoiceInChinese() {
        as("auditor").get().uri("/app/labels.json").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.types['study.session']").isEqualTo("学习活动")
                .jsonPath("$.types['legal.case.defence']").isEqualTo("答辩")
                .jsonPath("$.fields['study.session.attendees']").isEqualTo("参加人数")
                .jsonPath("$.enums.COLLECTIVE_STUDY").isEqualTo("集中学习")
                .jsonPath("$.enums['legal.review.kind.OTHER']").isEqualTo("其他合法性审查");
    }

    @Test
    void theSignedInUserIsToldWithTheContextsTheyRecordIn() {
        as("recorder").get().uri("/api/dashboard/me").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.user").isEqualTo("recorder")
                .jsonPath("$.roles").isEqualTo(List.of("recorder"))
                .jsonPath("$.contexts").isEqualTo(List.of());
    }

    private WebTestClient as(String user) {
        web.get().uri("/actuator/health").exchange();   // the users file exists once the gateway started
        return web.mutate().responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth(user, USERS.password(user)))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    }
}
