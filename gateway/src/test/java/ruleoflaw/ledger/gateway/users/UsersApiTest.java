package ruleoflaw.ledger.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.gateway.TestUsers;

/** {@code /api/users} on the real gateway (users file in a fresh data directory, stub services behind it). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UsersApiTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    @Autowired
    WebTestClient web;

    @Test
    void anAdminListsNamesRolesContextsAndDepartmentsNeverHashes() {
        String body = as("admin").get().uri("/api/users").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        JsonNode users = read(body);
        assertThat(users.findValuesAsText("name")).contains("recorder", "editor", "approver", "auditor", "admin");
        assertThat(users.get(0).properties()).extracting(Map.Entry::getKey).containsExactly("name", "roles", "contexts",
                "departments");
        assertThat(body).doesNotContain("bcrypt", "password");
        as("admin").get().uri("/api/users/{name}", "auditor").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("auditor")).jsonPath("$.password").doesNotExist();
    }

    @Test
    void onlyAnAdminManagesUsers() throws IOException {
        String before = Files.readString(USERS.directory().resolve("users.json"));
        for (String role : List.of("recorder", "editor", "approver", "auditor")) {
            as(role).get().uri("/api/users").exchange().expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            as(role).get().uri("/api/users/{name}", role).exchange().expectStatus().isForbidden();
            as(role).post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("name", "sneaky-" + role, "roles", List.of("admin"))).exchange()
                    .expectStatus().isForbidden();
            as(role).put().uri("/api/users/{name}", role).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("roles", List.of("admin"))).exchange().expectStatus().isForbidden();
            as(role).post().uri("/api/users/{name}/password", "admin").exchange().expectStatus().isForbidden();
            as(role).delete().uri("/api/users/{name}", "admin").exchange().expectStatus().isForbidden();
        }
        web.get().uri("/api/users").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/users/admin/password").exchange().expectStatus().isUnauthorized();
        assertThat(Files.readString(USERS.directory().resolve("users.json"))).isEqualTo(before);
    }

    @Test
    void anAddedUserGetsItsPasswordOnceAndSignsInAtOnce(CapturedOutput output) throws IOException {
        var added = as("admin").post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "学法专员", "roles", List.of("recorder"), "contexts", List.of("study"),
                        "departments", List.of("kjj")))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectHeader().valueEquals("Location", "/api/users/%E5%AD%A6%E6%B3%95%E4%B8%93%E5%91%98")
                .expectBody(String.class).returnResult();
        JsonNode user = read(added.getResponseBody());
        String password = user.path("password").asText();

        assertThat(user.path("name").asText()).isEqualTo("学法专员");
        assertThat(user.path("contexts").toString()).isEqualTo("[\"study\"]");
        assertThat(user.path("departments").toString()).isEqualTo("[\"kjj\"]");
        assertThat(password).hasSize(24);
        as("学法专员", password).post().uri("/api/study/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isOk();
        as("学法专员", password).post().uri("/api/study/sessions?department=default").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isForbidden();
        as("学法专员", password).post().uri("/api/litigation/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isForbidden();
        as("admin").get().uri("/api/users/{name}", "学法专员").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("recorder")).jsonPath("$.password").doesNotExist();
        assertThat(Files.getPosixFilePermissions(USERS.directory().resolve("users.json")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(output.getAll()).contains("users: admin added user 学法专员 (roles [recorder], contexts [study], "
                + "departments [kjj])")
                .doesNotContain(password);
    }

    @Test
    void badInputIsA400NamingTheFieldAndAddsNobody() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("{\"name\":\"clerk-1\",\"roles\":[\"superuser\"]}", "roles"),
                Map.entry("{\"name\":\"clerk-2\",\"roles\":[]}", "roles"),
                Map.entry("{\"name\":\"clerk-3\",\"roles\":\"recorder\"}", "roles"),
                Map.entry("{\"name\":\"clerk-4\",\"roles\":[\"recorder\"],\"contexts\":[\"taxes\"]}", "contexts"),
                Map.entry("{\"name\":\"clerk-5\",\"roles\":[\"auditor\"],\"contexts\":[\"study\"]}", "contexts"),
                Map.entry("{\"name\":\"li:wei\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"li wei\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"../admin\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"" + "长".repeat(65) + "\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"bell\\u0007\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"clerk-6\",\"roles\":[\"auditor\"],\"password\":\"mine\"}", "password"),
                Map.entry("{\"name\":\"clerk-7\",\"name\":\"clerk-8\",\"roles\":[\"auditor\"]}", "name"),
                Map.entry("{\"name\":\"clerk-9\",", "body"),
                Map.entry("[\"clerk-10\"]", "body"));
        bad.forEach((body, field) -> as("admin").post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.title").isEqualTo("Invalid user"));
        as("admin").post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"li:wei\",\"roles\":[\"auditor\"]}").exchange().expectBody()
                .jsonPath("$.detail").isEqualTo("name: must be " + UserForm.NAME_RULE);
        as("admin").put().uri("/api/users/{name}", "recorder").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"roles\":[\"editor\"],\"contexts\":[\"study\"]}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("contexts");

        String list = as("admin").get().uri("/api/users").exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).doesNotContain("clerk-", "li:wei", "li wei", "../admin");
    }

    @Test
    void aTakenNameIs409AndAnUnknownUser404() {
        as("admin").post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "auditor", "roles", List.of("admin"))).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.title").isEqualTo("User exists");
        as("admin").get().uri("/api/users/{name}", "auditor").exchange().expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("auditor"));

        as("admin").get().uri("/api/users/{name}", "无此人").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("There is no user '无此人'.");
        as("admin").post().uri("/api/users/{name}/password", "无此人").exchange().expectStatus().isNotFound();
        as("admin").put().uri("/api/users/{name}", "无此人").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("auditor"))).exchange().expectStatus().isNotFound();
        as("admin").delete().uri("/api/users/{name}", "无此人").exchange().expectStatus().isNotFound();
    }

    @Test
    void aNameIsAddedOnceWhenAdminsAddItAtTheSameTime() {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        IntStream.range(0, 6).parallel().forEach(i -> as("admin").post().uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "同名", "roles", List.of("auditor")))
                .exchange().expectStatus().value(status -> (status == 201 ? created : conflicts).incrementAndGet()));

        assertThat(created.get()).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(5);
    }

    @Test
    void aResetPasswordOrARemovedUserIsRefusedAtTheNextRequest(CapturedOutput output) {
        String first = addedPassword("clerk.reset", List.of("auditor"));
        as("clerk.reset", first).get().uri("/api/study/sessions").exchange().expectStatus().isOk();

        var reset = as("admin").post().uri("/api/users/{name}/password", "clerk.reset").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(String.class).returnResult();
        String second = read(reset.getResponseBody()).path("password").asText();

        assertThat(second).hasSize(24).isNotEqualTo(first);
        as("clerk.reset", first).get().uri("/api/study/sessions").exchange().expectStatus().isUnauthorized();
        as("clerk.reset", second).get().uri("/api/study/sessions").exchange().expectStatus().isOk();

        as("admin").delete().uri("/api/users/{name}", "clerk.reset").exchange().expectStatus().isNoContent();
        as("clerk.reset", second).get().uri("/api/study/sessions").exchange().expectStatus().isUnauthorized();
        as("admin").get().uri("/api/users/{name}", "clerk.reset").exchange().expectStatus().isNotFound();
        assertThat(output.getAll()).contains("users: admin reset the password of user clerk.reset",
                "users: admin removed user clerk.reset").doesNotContain(first, second);
    }

    @Test
    void theLastAdminIsNeitherRemovedNorDemoted() {
        as("admin").delete().uri("/api/users/{name}", "admin").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Last admin")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("last user with the admin role", "Give another user the admin role first"));
        as("admin").put().uri("/api/users/{name}", "admin").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("auditor"))).exchange().expectStatus().isEqualTo(409);

        String second = addedPassword("第二管理员", List.of("admin", "auditor"));
        as("第二管理员", second).put().uri("/api/users/{name}", "第二管理员").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("auditor"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.roles").isEqualTo(List.of("auditor"));
        as("第二管理员", second).get().uri("/api/users").exchange().expectStatus().isForbidden();
        as("admin").delete().uri("/api/users/{name}", "第二管理员").exchange().expectStatus().isNoContent();
        as("admin").get().uri("/api/users/{name}", "admin").exchange().expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("admin"));
    }

    private String addedPassword(String name, List<String> roles) {
        String body = as("admin").post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "roles", roles)).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return read(body).path("password").asText();
    }

    private WebTestClient as(String user) {
        return as(user, USERS.password(user));
    }

    private WebTestClient as(String user, String password) {
        // a first sign-in checks a bcrypt hash, slow on a busy CI machine
        return web.mutate().responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth(user, password, StandardCharsets.UTF_8)).build();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
