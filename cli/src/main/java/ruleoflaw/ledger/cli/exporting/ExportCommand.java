package ruleoflaw.ledger.cli.exporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerCommand;
import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.LoginOptions;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;

/**
 * {@code bin/suite export YEAR[..YEAR] [FILE] [--history] [--user NAME]}: the ledger lines of every context
 * (study, litigation, outreach, disclosure, in that order) to FILE or standard output.
 */
@Command(name = "export", description = "write the records of YEAR (or YEAR..YEAR) as ledger lines",
        synopsisHeading = "usage: ",
        customSynopsis = "bin/suite export [-h] [--history] [--user USER] YEAR[..YEAR] [file]")
public final class ExportCommand implements Callable<Integer> {

    /** The recording contexts, each with its ledger lines; import asks them which lines they take. */
    public static final List<String> CONTEXTS = List.of("study", "litigation", "outreach", "disclosure");

    @Parameters(index = "0", paramLabel = "YEAR[..YEAR]",
            description = "a year (2024) or a range of years (2018..2024), from 2000 to 2100")
    private String years;

    @Parameters(index = "1", arity = "0..1", paramLabel = "file",
            description = "where to write (default: standard output)")
    private String file;

    @Option(names = "--history",
            description = "every change: records as first recorded, then corrections and withdrawals")
    private boolean history;

    @Mixin
    private LoginOptions login;

    @ParentCommand
    private LedgerCommand ledger;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        YearSpan span = span();
        Invocation invocation = ledger.invocation();
        Credentials credentials = login.credentials(ledger, "recorder");
        Gateway gateway = ledger.gateway(credentials);
        boolean toFile = file != null && !file.equals("-");
        int total = 0;
        OutputStream out = new BufferedOutputStream(toFile ? Files.newOutputStream(Path.of(file)) : invocation.out());
        try {
            for (String context : CONTEXTS) {
                int lines = LedgerLines.write(ledgerOf(gateway, context, span), out);
                total += lines;
                invocation.say("ledger: " + context + ": " + lines + " lines");
            }
        } finally {
            out.flush();
            if (toFile) {
                out.close();
            }
        }
        invocation.say("ledger: exported " + total + " lines of " + span + (history ? " with their history" : "")
                + (toFile ? " to " + file : ""));
        return 0;
    }

    private YearSpan span() {
        try {
            return YearSpan.parse(years);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "argument YEAR[..YEAR]: " + e.getMessage());
        }
    }

    private byte[] ledgerOf(Gateway gateway, String context, YearSpan span) {
        Answer answer = gateway.call("GET", "/api/" + context + "/ledger?year=" + span.first() + "&to=" + span.last()
                + "&history=" + history);
        if (answer.status() != 200) {
            throw new LedgerExit("ledger: exporting " + context + " failed: GET answered " + answer.status() + ": "
                    + answer.text());
        }
        return answer.payload();
    }
}
