package ruleoflaw.ledger.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;

/**
 * {@code java -jar cli/target/ledger.jar [--gateway URL] [--data-dir DIR] import|export|rebuild ...}: what
 * {@code bin/suite import}, {@code export} and {@code rebuild} run (docs/ledger-format.md).
 */
public final class Ledger {

    private Ledger() {
    }

    public static void main(String[] args) {
        // Apache POI (the 台账 workbook) logs through the Log4j API, and the CLI has no Log4j: its simple logger
        // (errors only) instead of a warning on standard error that no logging provider was found
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        Invocation invocation = Invocation.ofThisProcess();
        Interruption interruption = Interruption.install(invocation.err());
        int status = run(args, invocation);
        interruption.over();
        System.exit(status);
    }

    /** Runs one command line; returns its exit status. */
    public static int run(String[] args, Invocation invocation) {
        CommandLine command = new CommandLine(new LedgerCommand(invocation));
        command.setOut(new PrintWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8), true));
        command.setErr(new PrintWriter(invocation.err(), true));
        command.setParameterExceptionHandler(new UsageErrors());
        command.setExecutionExceptionHandler((error, line, parsed) -> {
            invocation.say(message(error));
            return 1;
        });
        int status = command.execute(args);
        command.getOut().flush();
        invocation.err().flush();
        return status;
    }

    private static String message(Exception error) {
        Throwable cause = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        if (cause instanceof NoSuchFileException missing) {
            return "ledger: no such file: " + missing.getFile();
        }
        if (cause instanceof LedgerExit) {
            return cause.getMessage();
        }
        return "ledger: " + cause;
    }
}
