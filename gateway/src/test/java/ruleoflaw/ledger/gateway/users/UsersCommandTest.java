package ruleoflaw.ledger.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {

    @TempDir
    Path data;

    @Test
    void addsAUserWithAGeneratedPasswordThatChecksOut() {
        UsersFile users = new UsersFile(data.resolve("users.json"));

        String printed = run(users, "add", "学法专员", "--roles", "recorder", "--contexts", "study,outreach");

        String password = printed.lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring(10);
        LedgerUser user = users.find("学法专员").orElseThrow();
        assertThat(user.roles()).containsExactly("recorder");
        assertThat(user.contexts()).containsExactly("study", "outreach");
        assertThat(users.matches(user, password)).isTrue();
        assertThat(users.matches(user, "wrong")).isFalse();
    }

    @Test
    void refusesUnknownRolesAndContextsAndChangesNothing() {
        UsersFile users = new UsersFile(data.resolve("users.json"));

        assertThat(UsersCommand.run(new String[] {"add", "x", "--roles", "superuser"}, users)).isEqualTo(2);
        assertThat(UsersCommand.run(new String[] {"add", "x", "--roles", "recorder", "--contexts", "taxes"}, users)).isEqualTo(2);
        assertThat(users.all()).isEmpty();
    }

    @Test
    void resetsAPasswordAndRemovesAUser() {
        UsersFile users = new UsersFile(data.resolve("users.json"));
        run(users, "add", "clerk", "--roles", "auditor");
        String old = users.find("clerk").orElseThrow().password();

        run(users, "reset-password", "clerk");
        assertThat(users.find("clerk").orElseThrow().password()).isNotEqualTo(old);

        run(users, "remove", "clerk");
        assertThat(users.find("clerk")).isEmpty();
    }

    private static String run(UsersFile users, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(UsersCommand.run(args, users)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
