package ruleoflaw.ledger.cli.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerCommand;
import ruleoflaw.ledger.cli.LoginOptions;
import ruleoflaw.ledger.cli.exporting.ExportCommand;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.progress.Progress;
import ruleoflaw.ledger.cli.progress.ProgressReport;

/**
 * {@code bin/suite import FILE [--strict] [--user NAME]}: asks each context which lines it takes and where, then sends
 * the file's lines.
 */
@Command(name = "import", description = "record the lines of FILE through the gateway",
        synopsisHeading = "usage: ",
        customSynopsis = "bin/suite import [-h] [--strict] [--user USER] file")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "file", description = "a ledger file (JSON Lines), or - for standard input")
    private String file;

    @Option(names = "--strict", description = "stop at the first refused line")
    private boolean strict;

    @Mixin
    private LoginOptions login;

    @ParentCommand
    private LedgerCommand ledger;

    @Override
    public Integer call() throws IOException {
        Invocation invocation = ledger.invocation();
        List<LedgerLine> lines = LedgerLine.read(file, invocation.in());
        Credentials credentials = login.credentials(ledger, "recorder");
        Progress progress = new Progress(lines.size(), invocation.err(), invocation.errIsTerminal(), "records");
        Gateway gateway = ledger.gateway(credentials, text -> progress.note("ledger: " + text));
        progress.report(new ProgressReport(ledger.gatewayAddress(), credentials.authorization(), "import", label()));
        invocation.say("ledger: importing " + lines.size() + " lines of " + file + " as " + credentials.user()
                + " through " + ledger.gatewayUrl());
        RecordTypes types = RecordTypes.ask(gateway, ExportCommand.CONTEXTS);
        return new Importer(new LineImport(gateway, types), progress, invocation, strict).run(lines);
    }

    /** What the dashboard page calls this import: the file's name. */
    private String label() {
        Path name = file.equals("-") ? Path.of("stdin") : Path.of(file).getFileName();
        return name == null ? "" : name.toString();
    }
}
