package ruleoflaw.ledger.cli.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.Ledger;

/** One run of the command line in this JVM, as bin/suite runs it: what it printed and its exit status. */
public record LedgerRun(int status, String out, String err) {

    /** The repository (the tests run in cli/): samples/. */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Runs {@code args} against {@code gateway} as recorder (password "secret") with {@code env} added. */
    public static LedgerRun of(FakeGateway gateway, Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>(Map.of("LEDGER_PASSWORD", "secret"));
        environment.putAll(env);
        return withEnvironment(environment, "", prepend(args, "--gateway", gateway.url()));
    }

    /** Runs {@code args} with exactly {@code env}, {@code stdin} as standard input, no terminal. */
    public static LedgerRun withEnvironment(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = new Invocation(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, new PrintStream(err, true, StandardCharsets.UTF_8), false, null, ROOT);
        int status = Ledger.run(args, invocation);
        return new LedgerRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] prepend(String[] args, String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
