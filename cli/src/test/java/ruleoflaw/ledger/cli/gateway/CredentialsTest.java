package ruleoflaw.ledger.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerExit;

class CredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void takesTheUsersLineOfTheInitialPasswords() throws IOException {
        Files.writeString(dataDir.resolve("initial-passwords.txt"), "# generated on the first start\n"
                + "recorder recorder r3c0rd3r\nadmin admin,auditor 4dm1n\n");

        assertThat(Credentials.resolve(null, invocation(Map.of()), dataDir, "recorder"))
                .isEqualTo(new Credentials("recorder", "r3c0rd3r"));
        assertThat(Credentials.resolve(null, invocation(Map.of()), dataDir, "admin"))
                .isEqualTo(new Credentials("admin", "4dm1n"));
        assertThat(Credentials.resolve(null, invocation(Map.of("LEDGER_USER", "admin")), dataDir, "recorder").user())
                .isEqualTo("admin");
        assertThat(Credentials.resolve("recorder", invocation(Map.of("LEDGER_USER", "admin")), dataDir, "admin"))
                .isEqualTo(new Credentials("recorder", "r3c0rd3r"));
        assertThat(Credentials.resolve(null, invocation(Map.of("LEDGER_PASSWORD", "given")), dataDir, "recorder"))
                .isEqualTo(new Credentials("recorder", "given"));
    }

    @Test
    void asksOnTheTerminalElseSaysWhatToSet() {
        Invocation.PasswordPrompt prompt = text -> text.equals("password of ledger user editor: ") ? "typed" : "?";

        assertThat(Credentials.resolve("editor", invocation(Map.of(), prompt), dataDir, "recorder").password())
                .isEqualTo("typed");
        assertThatThrownBy(() -> Credentials.resolve("editor", invocation(Map.of()), dataDir, "recorder"))
                .isInstanceOf(LedgerExit.class).hasMessage(
                        "ledger: no password for user 'editor': set LEDGER_PASSWORD (and LEDGER_USER or --user)");
    }

    private Invocation invocation(Map<String, String> env) {
        return invocation(env, null);
    }

    private Invocation invocation(Map<String, String> env, Invocation.PasswordPrompt prompt) {
        return new Invocation(env, InputStream.nullInputStream(), new ByteArrayOutputStream(),
                new PrintStream(new ByteArrayOutputStream()), false, prompt, dataDir);
    }
}
