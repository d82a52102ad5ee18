package ruleoflaw.ledger.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;
import ruleoflaw.ledger.gateway.TestPostgres;
import ruleoflaw.ledger.gateway.TestUsers;

/**
 * The real gateway with its users in PostgreSQL ({@code ledger.gateway.users-store=postgres}), beside another
 * gateway's users over the same database (a {@link UsersTable} of the test's): what one changes holds at the other
 * within seconds, a password signed in with just before included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.gateway.users-store=postgres", "ledger.gateway.users-refresh=300ms"})
class SharedUsersTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final String DATABASE = TestPostgres.newDatabase();
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static UsersTable otherGateway;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
        EmbeddedPostgresServer server = TestPostgres.server();
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", server::password);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    UsersStore users;

    @AfterAll
    static void closeTheOtherGateway() {
        if (otherGateway != null) {
            otherGateway.close();
        }
    }

    @Test
    void theFirstStartMadeTheUsersInTheDatabaseAndNoFile() {
        assertThat(users).isInstanceOf(UsersTable.class);
        assertThat(users.whereabouts()).isEqualTo("the table gateway.users of " + DATABASE);
        assertThat(Files.exists(USERS.directory().resolve("users.json"))).isFalse();
        as("admin", USERS.password("admin")).get().uri("/api/users").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].name").value(names -> assertThat((List<String>) names).startsWith("recorder", "editor",
                        "approver", "auditor", "admin", "supervisor"));
        assertThat(otherGateway().createIfMissing()).as("the other gateway's start").isFalse();
    }

    @Test
    void aPasswordResetOrARemovalAtAnotherGatewayHoldsHereWithinSeconds() {
        String first = otherGateway().add("监督员-李四", List.of("auditor"), List.of(), List.of());
        await().atMost(WITHIN).until(() -> status("监督员-李四", first) == HttpStatus.OK);
        // signed in a moment ago: remembered, and still refused once the password is another
        assertThat(status("监督员-李四", first)).isEqualTo(HttpStatus.OK);

        String second = otherGateway().resetPassword("监督员-李四");
        await().atMost(WITHIN).until(() -> status("监督员-李四", first) == HttpStatus.UNAUTHORIZED);
        assertThat(status("监督员-李四", second)).isEqualTo(HttpStatus.OK);

        otherGateway().remove("监督员-李四");
        await().atMost(WITHIN).until(() -> status("监督员-李四", second) == HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aUserAddedThroughThisGatewaysApiSignsInAtTheOther() {
        String password = as("admin", USERS.password("admin")).post().uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "应诉专员-王五", "roles", List.of("recorder"), "contexts", List.of("litigation")))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("password").toString();

        await().atMost(WITHIN).until(() -> otherGateway().find("应诉专员-王五").isPresent());
        LedgerUser there = otherGateway().find("应诉专员-王五").orElseThrow();
        assertThat(there.contexts()).containsExactly("litigation");
        assertThat(otherGateway().matches(there, password)).isTrue();
        assertThat(status("应诉专员-王五", password)).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus status(String user, String password) {
        return (HttpStatus) as(user, password).get().uri("/api/study/sessions").exchange().expectBody().returnResult()
                .getStatus();
    }

    private WebTestClient as(String user, String password) {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, password,
                java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    private static synchronized UsersTable otherGateway() {
        if (otherGateway == null) {
            try {
                EmbeddedPostgresServer server = TestPostgres.server();
                otherGateway = new UsersTable(new DriverManagerDataSource(DATABASE, server.username(), server.password()),
                        "the test database", Files.createTempDirectory("other-gateway").resolve("initial-passwords.txt"),
                        Duration.ofMillis(300));
                otherGateway.createIfMissing();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return otherGateway;
    }
}
