package ruleoflaw.ledger.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the command line works with: the environment, standard input and output (bytes, written as they
 * come), standard error (UTF-8), whether standard error is a terminal, how to ask for a password (null: no console
 * to ask on) and the repository the jar belongs to (where the default data dir is).
 */
public record Invocation(Map<String, String> env, InputStream in, OutputStream out, PrintStream err,
                         boolean errIsTerminal, PasswordPrompt prompt, Path root) {

    /** Asks for a password on the terminal, without echo. */
    @FunctionalInterface
    public interface PasswordPrompt {
        String ask(String prompt);
    }

    public String env(String name) {
        return env.get(name);
    }

    public String env(String name, String otherwise) {
        return env.getOrDefault(name, otherwise);
    }

    /** Standard error as text, with a line end, at once. */
    public void say(String line) {
        err.print(line + "\n");
        err.flush();
    }

    /** A line on standard output (UTF-8). */
    public void print(String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Invocation ofThisProcess() {
        Console console = System.console();
        PasswordPrompt prompt = console == null ? null : text -> {
            char[] password = console.readPassword("%s", text);
            return password == null ? "" : new String(password);
        };
        return new Invocation(System.getenv(), System.in, new FileOutputStream(FileDescriptor.out),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                standardErrorIsTerminal(console), prompt, repositoryHolding(Invocation.class));
    }

    private static boolean standardErrorIsTerminal(Console console) {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return console != null;
        }
    }

    /**
     * The repository whose build made the jar (or classes directory) holding {@code code}: REPOSITORY/MODULE/target/
     * JAR, e.g. cli/target/ledger.jar or bench/target/bench.jar; the working directory when it cannot be told.
     */
    public static Path repositoryHolding(Class<?> code) {
        try {
            Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = location.toAbsolutePath().getParent().getParent().getParent();
            return root != null ? root : Path.of("").toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
