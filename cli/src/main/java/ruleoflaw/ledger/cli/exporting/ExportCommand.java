package ruleoflaw.ledger.cli.exporting;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import ruleoflaw.ledger.cli.workbook.Workbooks;
import ruleoflaw.ledger.workbook.WorkbookLayout;

/**
 * {@code bin/suite export YEAR[..YEAR] [FILE] [--history] [--user NAME]}: the ledger lines of every context
 * (study, litigation, outreach, disclosure, in that order) to FILE or standard output; to {@code FILE.xlsx}, as a 台账
 * workbook (one sheet per type, the layout of the gateway's {@code /api/workbook/template}).
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
            description = "where to write (default: standard output); FILE.xlsx: a 台账 workbook")
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
        if (Workbooks.isWorkbook(file)) {
            return exportWorkbook(gateway, span, invocation);
        }
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

    /** The lines of every context in one 台账 workbook, each in the sheet of its type (the layout of the template). */
    private int exportWorkbook(Gateway gateway, YearSpan span, Invocation invocation) throws IOException {
        WorkbookLayout layout = Workbooks.layout(gateway, CONTEXTS);
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String context : CONTEXTS) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            int count = LedgerLines.write(ledgerOf(gateway, context, span), text);
            for (String line : text.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(json.readTree(line));
                }
            }
            invocation.say("ledger: " + context + ": " + count + " lines");
        }
        Files.write(Path.of(file), layout.write(lines));
        invocation.say("ledger: exported " + lines.size() + " lines of " + span + (history ? " with their history" : "")
                + " to " + file + " (a 台账 workbook)");
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
