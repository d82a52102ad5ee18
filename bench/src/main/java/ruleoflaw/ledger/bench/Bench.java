package ruleoflaw.ledger.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import ruleoflaw.ledger.bench.run.BenchCommandLine;
import ruleoflaw.ledger.bench.run.BenchRun;
import ruleoflaw.ledger.bench.run.Repository;

/**
 * {@code java -jar bench/target/bench.jar run [--events N] [--seconds S] [--clients C] [--reads R] [--keep]}, which
 * {@code bin/suite bench} runs: the suite measured side by side with raw baselines (docs/benchmarks.md).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        // the table and the seed's lines are UTF-8 whatever the JVM's default (×, ≥, 学法)
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Map<String, String> env = System.getenv();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = BenchCommandLine.of(options -> BenchRun.start(options, env), benchDirShown(env), out, err)
                .execute(args);
        System.exit(status);
    }

    private static String benchDirShown(Map<String, String> env) {
        try {
            Repository repository = Repository.locate(env);
            return repository.shown(repository.benchDir(env));
        } catch (RuntimeException notARepository) {
            return env.getOrDefault("LEDGER_BENCH_DIR", "target/bench");
        }
    }
}
