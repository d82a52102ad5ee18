package ruleoflaw.ledger.bench.run;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar bench/target/bench.jar run [OPTIONS]}: what {@code bin/suite bench [OPTIONS]} runs. */
@Command(name = "run", description = "the whole bench: its own suite, seed, measurements, the table")
public final class RunCommand implements Callable<Integer> {

    /** What runs the bench once its options are read (the tests give one that only keeps them). */
    @FunctionalInterface
    public interface Runner {
        int run(BenchOptions options);
    }

    @Option(names = "--events", paramLabel = "N", converter = PositiveNumber.class)
    private long events = BenchOptions.DEFAULT_EVENTS;

    @Option(names = "--seconds", paramLabel = "S", converter = PositiveNumber.Count.class)
    private int seconds = BenchOptions.DEFAULT_SECONDS;

    @Option(names = "--clients", paramLabel = "C", converter = PositiveNumber.Count.class)
    private int clients = BenchOptions.DEFAULT_CLIENTS;

    @Option(names = "--reads", paramLabel = "R", converter = PositiveNumber.Count.class)
    private int reads = BenchOptions.DEFAULT_READS;

    @Option(names = "--departments", paramLabel = "D", converter = PositiveNumber.Count.class)
    private int departments = BenchOptions.DEFAULT_DEPARTMENTS;

    @Option(names = "--lines", paramLabel = "L", converter = PositiveNumber.Count.class)
    private int lines = BenchOptions.DEFAULT_LINES;

    @Option(names = "--keep")
    private boolean keep;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    private final Runner runner;

    public RunCommand(Runner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.run(new BenchOptions(events, seconds, clients, reads, departments, lines, keep));
    }
}
