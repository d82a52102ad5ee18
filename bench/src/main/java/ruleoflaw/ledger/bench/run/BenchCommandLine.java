package ruleoflaw.ledger.bench.run;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar bench/target/bench.jar run [OPTIONS]}: the command line, with {@link RunHelp}'s text for --help and
 * "bench: WHY (bin/suite bench --help)", exit status 2, for options it cannot take.
 */
@Command(name = "bench.jar")
public final class BenchCommandLine implements Callable<Integer> {

    static final int USAGE = 2;
    private static final String HELP_SECTION = "bench";

    private final PrintWriter err;

    private BenchCommandLine(PrintWriter err) {
        this.err = err;
    }

    /** {@code benchDir}: the bench dir as --help shows it. */
    public static CommandLine of(RunCommand.Runner runner, String benchDir, PrintWriter out, PrintWriter err) {
        CommandLine command = new CommandLine(new BenchCommandLine(err));
        CommandLine run = new CommandLine(new RunCommand(runner));
        run.getHelpSectionMap().put(HELP_SECTION, help -> RunHelp.text(benchDir));
        run.setHelpSectionKeys(List.of(HELP_SECTION));
        command.addSubcommand("run", run);
        command.setOut(out);
        command.setErr(err);
        command.setParameterExceptionHandler((error, args) -> {
            err.println("bench: " + why(error) + " (bin/suite bench --help)");
            err.flush();
            return USAGE;
        });
        return command;
    }

    @Override
    public Integer call() {
        err.println("usage: java -jar bench/target/bench.jar run [OPTIONS] (what bin/suite bench runs; run --help)");
        err.flush();
        return USAGE;
    }

    private static String why(ParameterException error) {
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return "unknown option for bench: " + unmatched.getUnmatched().get(0);
        }
        if (error.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        return error.getMessage();
    }
}
