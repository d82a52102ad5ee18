package ruleoflaw.ledger.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ruleoflaw.ledger.cli.Invocation;

/**
 * The repository the bench runs: $LEDGER_ROOT, else the one its jar lies in (REPOSITORY/bench/target/bench.jar; the
 * classes REPOSITORY/bench/target/classes). Its bin/suite, samples/ and docs/ are what the bench uses.
 */
public record Repository(Path root) {

    public static Repository locate(Map<String, String> env) {
        String given = env.get("LEDGER_ROOT");
        Path root = given != null && !given.isBlank() ? Path.of(given) : Invocation.repositoryHolding(Repository.class);
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("bin").resolve("suite"))) {
            throw new BenchFailure("bench: " + root + " is not the ledger's repository (no bin/suite there): run "
                    + "bench/target/bench.jar of the repository, or set LEDGER_ROOT to it");
        }
        return new Repository(root);
    }

    public Path suiteScript() {
        return root.resolve("bin").resolve("suite");
    }

    public Path sample() {
        return root.resolve("samples").resolve("kjj-2024.jsonl");
    }

    public Path ledgerFormat() {
        return root.resolve("docs").resolve("ledger-format.md");
    }

    /** The user's own data dir ($LEDGER_DATA_DIR, else data/): the bench never runs there but checks it is stopped. */
    public Path userDataDir(Map<String, String> env) {
        String given = env.get("LEDGER_DATA_DIR");
        return given != null && !given.isBlank() ? Path.of(given).toAbsolutePath().normalize() : root.resolve("data");
    }

    /** $LEDGER_BENCH_DIR, else target/bench. */
    public Path benchDir(Map<String, String> env) {
        String given = env.get("LEDGER_BENCH_DIR");
        return given != null && !given.isBlank() ? Path.of(given).toAbsolutePath().normalize()
                : root.resolve("target").resolve("bench");
    }

    /** A path as bin/suite shows it: relative to the repository when inside it. */
    public String shown(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
}
