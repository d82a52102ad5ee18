package ruleoflaw.ledger.bench.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.Ledger;

/**
 * The seed of the bench's ledger, imported through the gateway by the ledger command line (its import command, in
 * this JVM) as the bench suite's recorder: the sample year, the examples of docs/ledger-format.md, and corrections
 * and withdrawals of the sample's records.
 */
public final class Seeding {

    /** What the command line sees of the user's environment: not their ledger's user, password or gateway. */
    private static final List<String> NOT_PASSED = List.of("LEDGER_USER", "LEDGER_PASSWORD", "LEDGER_GATEWAY_URL");

    private final String gateway;
    private final Path dataDir;
    private final Path seedDir;
    private final Invocation invocation;

    public Seeding(String gateway, Path dataDir, Path seedDir, Path root, Map<String, String> env) {
        this.gateway = gateway;
        this.dataDir = dataDir;
        this.seedDir = seedDir;
        Map<String, String> environment = new HashMap<>(env);
        NOT_PASSED.forEach(environment::remove);
        environment.put("LEDGER_DATA_DIR", dataDir.toString());
        Invocation self = Invocation.ofThisProcess();
        this.invocation = new Invocation(environment, InputStream.nullInputStream(), self.out(), self.err(),
                self.errIsTerminal(), null, root);
    }

    /** Imports the sample; false if a line of it was refused or not sent. */
    public boolean sample(Path sample) {
        return importFile(sample);
    }

    /** Writes the examples of {@code ledgerFormat} (docs/ledger-format.md) to seed/ and imports them. */
    public boolean examples(Path ledgerFormat) throws IOException {
        List<String> lines = FormatExamples.of(Files.readString(ledgerFormat, StandardCharsets.UTF_8));
        return importFile(write("ledger-format-examples.jsonl", lines));
    }

    /** Writes corrections and withdrawals of the sample's records to seed/ and imports them. */
    public boolean changes(Path sample) throws IOException {
        List<String> lines = SeedChanges.of(Files.readString(sample, StandardCharsets.UTF_8));
        return importFile(write("changes.jsonl", lines));
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = seedDir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Imports {@code file} with the import command's {@code options}; false if a line was refused or not sent. */
    public boolean importFile(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("--gateway", gateway, "--data-dir", dataDir.toString(), "import",
                "--user", "recorder"));
        args.addAll(List.of(options));
        args.add(file.toString());
        return Ledger.run(args.toArray(String[]::new), invocation) == 0;
    }
}
