package ruleoflaw.ledger.cli.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.LedgerRun;

class UsersCommandTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
            "admin:secret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dataDir;

    @Test
    void addsAUserAsAdminAndPrintsItsPasswordOnce() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{\"name\":\"学法专员\",\"roles\":[\"recorder\"],"
                + "\"contexts\":[\"study\",\"outreach\"],\"departments\":[\"kjj\"],"
                + "\"password\":\"pT9-generated_24chars_xy\"}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "users", "add", "学法专员", "--roles", "recorder",
                    "--contexts", "study,outreach", "--departments", "kjj");

            assertThat(run.status()).isZero();
            assertThat(run.out()).isEqualTo("password: pT9-generated_24chars_xy\n");
            assertThat(run.err()).isEqualTo("ledger: added user 学法专员 (recorder; contexts study,outreach; "
                    + "departments kjj); "
                    + "its password is shown this once:\n");
            assertThat(gateway.requests()).singleElement().satisfies(request -> {
                assertThat(request.target()).isEqualTo("POST /api/users");
                assertThat(request.header("Authorization")).isEqualTo(ADMIN);
                assertThat(request.body()).isEqualTo(
                        "{\"name\": \"学法专员\", \"roles\": [\"recorder\"], \"contexts\": [\"study\", \"outreach\"], "
                                + "\"departments\": [\"kjj\"]}");
            });
        }
    }

    @Test
    void logsInAsTheAdminOfTheDataDirsInitialPasswords() throws IOException {
        Files.writeString(dataDir.resolve("initial-passwords.txt"),
                "# name roles password\nrecorder recorder r3c0rd3r\nadmin admin 4dm1n\n");
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(200, "[]"))) {
            LedgerRun run = LedgerRun.withEnvironment(Map.of(), "", "--gateway", gateway.url(),
                    "--data-dir", dataDir.toString(), "users", "list");

            assertThat(run.status()).isZero();
            assertThat(gateway.requests().get(0).header("Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("admin:4dm1n".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void listsNamesRolesContextsAndDepartmentsInColumnsThatHoldWithChineseNames() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(200, "[{\"name\":\"admin\",\"roles\":[\"admin\"],"
                + "\"contexts\":[]},{\"name\":\"学法专员\",\"roles\":[\"recorder\"],\"contexts\":[\"study\"],"
                + "\"departments\":[\"kjj\",\"sfj\"]},"
                + "{\"name\":\"recorder\",\"roles\":[\"recorder\"],\"contexts\":[]},"
                + "{\"name\":\"chen\",\"roles\":[\"auditor\",\"editor\"],\"contexts\":[]}]"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "users", "list");

            assertThat(run.status()).isZero();
            assertThat(run.out()).isEqualTo("""
                    NAME      ROLES           CONTEXTS  DEPARTMENTS
                    admin     admin           -         (default)
                    学法专员  recorder        study     kjj,sfj
                    recorder  recorder        (all)     (default)
                    chen      auditor,editor  -         (default)
                    """);
            assertThat(gateway.requests()).extracting(FakeGateway.Request::target).containsExactly("GET /api/users");
        }
    }

    @Test
    void resetsAPasswordAndRemovesAUserNamedInThePath() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> request.method().equals("DELETE") ? Reply.of(204, "")
                : Reply.of(200, "{\"name\":\"学法专员\",\"roles\":[\"recorder\"],\"contexts\":[],\"password\":\"n3w\"}"))) {
            LedgerRun reset = LedgerRun.of(gateway, Map.of(), "users", "reset-password", "学法专员");
            LedgerRun removed = LedgerRun.of(gateway, Map.of(), "users", "remove", "学法专员");

            assertThat(reset.status()).isZero();
            assertThat(reset.out()).isEqualTo("password: n3w\n");
            assertThat(removed.status()).isZero();
            assertThat(removed.out()).isEqualTo("ledger: removed user 学法专员\n");
            assertThat(gateway.requests()).extracting(FakeGateway.Request::target).containsExactly(
                    "POST /api/users/%E5%AD%A6%E6%B3%95%E4%B8%93%E5%91%98/password",
                    "DELETE /api/users/%E5%AD%A6%E6%B3%95%E4%B8%93%E5%91%98");
        }
    }

    @Test
    void aRefusalIsSaidInTheCommandLinesWords() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(400, "{\"title\":\"Invalid user\",\"status\":400,"
                + "\"errors\":[{\"field\":\"contexts\",\"message\":\"only a recorder is limited to contexts\"}]}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "users", "add", "chen", "--roles", "auditor",
                    "--contexts", "study");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("ledger: adding the user failed: the gateway refused it: "
                    + "--contexts: only a recorder is limited to contexts\n");
        }
    }

    @Test
    void theLastAdminAnUnknownUserAndANonAdminAreRefusedClearly() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> switch (request.method()) {
            case "DELETE" -> Reply.of(409, "{\"title\":\"Last admin\",\"status\":409,\"detail\":\"Cannot remove 'admin': "
                    + "it is the last user with the admin role.\"}");
            case "POST" -> Reply.of(404, "{\"title\":\"No such user\",\"status\":404,\"detail\":\"There is no user '无此人'.\"}");
            default -> Reply.problem(403, "Your roles do not allow this; nothing was recorded.");
        })) {
            assertThat(LedgerRun.of(gateway, Map.of(), "users", "remove", "admin").err()).isEqualTo(
                    "ledger: removing admin failed: Cannot remove 'admin': it is the last user with the admin role.\n");
            assertThat(LedgerRun.of(gateway, Map.of(), "users", "reset-password", "无此人").err()).isEqualTo(
                    "ledger: resetting the password of 无此人 failed: There is no user '无此人'.\n");
            LedgerRun auditor = LedgerRun.of(gateway, Map.of(), "users", "list", "--user", "auditor");
            assertThat(auditor.status()).isEqualTo(1);
            assertThat(auditor.err()).isEqualTo("ledger: listing the users failed: user 'auditor' may not manage users: "
                    + "that takes the admin role (--user NAME)\n");
        }
    }

    @Test
    void rolesAreRequiredAndAUsersCommandIsNeeded() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(500, "\"not called\""))) {
            LedgerRun noRoles = LedgerRun.of(gateway, Map.of(), "users", "add", "chen");
            LedgerRun noCommand = LedgerRun.of(gateway, Map.of(), "users");

            assertThat(noRoles.status()).isEqualTo(2);
            assertThat(noRoles.err()).contains("bin/suite users add: error: the following arguments are required: --roles");
            assertThat(noCommand.status()).isEqualTo(2);
            assertThat(noCommand.err()).contains("bin/suite users: error: the following arguments are required: command");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void theHelpNamesEveryCommandTheRolesAndHowToLogIn() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(500, "\"not called\""))) {
            LedgerRun help = LedgerRun.of(gateway, Map.of(), "users", "--help");

            assertThat(help.status()).isZero();
            assertThat(help.out().replaceAll("\\s+", " ")).contains("usage: bin/suite users [-h] {add,remove,reset-password,list} ...",
                    "add NAME --roles ROLE[,ROLE...] [--contexts CONTEXT[,CONTEXT...]]", "reset-password NAME",
                    "recorder (writes records", "admin (replays, dead letters, users)", "initial-passwords.txt",
                    "The last admin cannot be removed");
            assertThat(LedgerRun.of(gateway, Map.of(), "--help").out()).contains("users");
        }
    }
}
