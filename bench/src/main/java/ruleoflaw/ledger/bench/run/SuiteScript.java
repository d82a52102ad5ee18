package ruleoflaw.ledger.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bin/suite, which supervises the bench's processes: run as a child process with the bench's environment (its data
 * dir, the rate limit lifted, the signing key), its output on the bench's own.
 */
public final class SuiteScript {

    private final Path script;
    private final Map<String, String> environment;

    public SuiteScript(Path script, Map<String, String> environment) {
        this.script = script;
        this.environment = Map.copyOf(environment);
    }

    /** {@code bin/suite ARGS}, started; its output goes where the bench's goes. */
    public Process start(String... args) {
        return start(false, args);
    }

    /** {@code bin/suite ARGS} to its end: its exit status. */
    public int run(String... args) {
        return waitFor(start(false, args));
    }

    /** {@code bin/suite ARGS} to its end, its output discarded: its exit status. */
    public int runQuietly(String... args) {
        return waitFor(start(true, args));
    }

    private Process start(boolean quiet, String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT);
        if (quiet) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.inheritIO();
        }
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new BenchFailure("bench: could not run " + script + ": " + e.getMessage(), e);
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new BenchFailure("bench: interrupted while bin/suite ran", e);
        }
    }
}
