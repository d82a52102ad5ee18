package ruleoflaw.ledger.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A gateway test's own users: a fresh data directory for the users file the gateway creates on its first start
 * (one user per role, each with a generated password), the stub services behind it, and those passwords.
 */
public final class TestUsers {

    private final Path directory;

    private TestUsers(Path directory) {
        this.directory = directory;
    }

    public static TestUsers inNewDirectory() {
        try {
            return new TestUsers(Files.createTempDirectory("gateway-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stub services and this users file, for a {@code @DynamicPropertySource}. */
    public void register(DynamicPropertyRegistry registry) throws IOException {
        StubServices.register(registry);
        registry.add("ledger.gateway.users-file", () -> directory.resolve("users.json").toString());
    }

    public Path directory() {
        return directory;
    }

    /** The password generated for {@code user} (the gateway must have started). */
    public String password(String user) {
        try {
            for (String line : Files.readAllLines(directory.resolve("initial-passwords.txt"))) {
                String[] words = line.split(" ");
                if (!line.startsWith("#") && words.length == 3 && words[0].equals(user)) {
                    return words[2];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no generated password for " + user);
    }
}
