package ruleoflaw.ledger.cli.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import ruleoflaw.ledger.cli.exporting.ExportCommand;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.progress.Progress;
import ruleoflaw.ledger.cli.progress.ProgressReport;
import ruleoflaw.ledger.cli.workbook.Workbooks;
import ruleoflaw.ledger.workbook.Problem;
import ruleoflaw.ledger.workbook.Reading;
import ruleoflaw.ledger.workbook.WorkbookLayout;
import ruleoflaw.ledger.workbook.WorkbookRefused;

/**
 * {@code bin/suite import FILE [--strict] [--department CODE] [--user NAME]}: asks each context which lines it takes
 * and where, then sends the file's lines, each for its department: consecutive lines of one context and department in
 * batches of up to {@value BatchImport#MOST_LINES} (one request each, in file order), one request per line to a service
 * that takes no batches. A 台账 workbook ({@code FILE.xlsx}) is read into
 * lines first ({@link Workbooks}), its rows that are no line reported as refused.
 */
@Command(name = "import", description = "record the lines of FILE through the gateway",
        synopsisHeading = "usage: ",
        customSynopsis = "bin/suite import [-h] [--strict] [--one-by-one] [--department CODE] [--user USER] file")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "file",
            description = "a ledger file (JSON Lines), or - for standard input; or a 台账 workbook (FILE.xlsx)")
    private String file;

    @Option(names = "--strict", description = "stop at the first refused line")
    private boolean strict;

    @Option(names = "--one-by-one", description = "send each line in a request of its own, as before batches "
            + "(slower: for a service that takes no batches, or to compare)")
    private boolean oneByOne;

    @Option(names = "--department", paramLabel = "CODE",
            description = "the department the lines without a \"department\" are recorded for (default: the user's "
                    + "own); a line's own \"department\" decides for it")
    private String department;

    @Mixin
    private LoginOptions login;

    @ParentCommand
    private LedgerCommand ledger;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (department != null && !DepartmentCode.isCode(department)) {
            throw new ParameterException(spec.commandLine(), "argument --department: '" + department
                    + "' is not a department's code: " + DepartmentCode.RULE);
        }
        if (Workbooks.isWorkbook(file)) {
            return runWorkbook(login.credentials(ledger, "recorder"));
        }
        List<LedgerLine> lines = LedgerLine.read(file, ledger.invocation().in());
        return run(ledger, login.credentials(ledger, "recorder"), file, label(), lines, department, strict, oneByOne);
    }

    /**
     * A workbook: every row checked first (the layout asked of the contexts through the gateway), those that are no
     * line reported by sheet, row and column and counted refused; then the lines of the others imported as a ledger
     * file's, in the order they can be recorded.
     */
    private int runWorkbook(Credentials credentials) throws IOException {
        Invocation invocation = ledger.invocation();
        byte[] xlsx = Files.readAllBytes(Path.of(file));
        WorkbookLayout layout = Workbooks.layout(ledger.gateway(credentials), ExportCommand.CONTEXTS);
        Reading reading;
        try {
            reading = layout.read(xlsx);
        } catch (WorkbookRefused e) {
            throw new LedgerExit("ledger: " + file + ": " + e.getMessage());
        }
        List<LedgerLine> lines = new ArrayList<>();
        for (int i = 0; i < reading.lines().size(); i++) {
            lines.add(new LedgerLine(i + 1, reading.lines().get(i).toString(), reading.sources().get(i).where()));
        }
        Map<String, List<Problem>> byRow = new LinkedHashMap<>();
        reading.problems().forEach(problem -> byRow.computeIfAbsent(problem.sheet() + " 第 " + problem.row() + " 行",
                row -> new ArrayList<>()).add(problem));
        List<String> unreadable = new ArrayList<>();
        byRow.forEach((row, problems) -> unreadable.add(row + " refused, nothing of it recorded: " + String.join("；",
                problems.stream().map(p -> (p.column() == null ? "" : p.column() + " 列 ") + p.message()).toList())));
        invocation.say("ledger: " + file + ": " + (lines.size() + byRow.size()) + " rows, " + byRow.size()
                + " of them not lines");
        Progress progress = new Progress(lines.size(), invocation.err(), invocation.errIsTerminal(), "lines");
        Gateway gateway = ledger.gateway(credentials, text -> progress.note("ledger: " + text));
        progress.report(new ProgressReport(ledger.gatewayAddress(), credentials.authorization(), "import", label()));
        invocation.say("ledger: importing " + lines.size() + " lines of " + file + " as " + credentials.user()
                + (department == null ? "" : " for department " + department) + " through " + ledger.gatewayUrl());
        RecordTypes types = RecordTypes.ask(gateway, ExportCommand.CONTEXTS);
        if (oneByOne) {
            ExportCommand.CONTEXTS.forEach(types::oneByOne);
        }
        return importer(gateway, types, department, progress, invocation, strict).run(lines, unreadable);
    }

    /**
     * Records the lines of a ledger ({@code text}, JSON Lines) as {@code credentials}, as {@code bin/suite import} does
     * with a file named {@code name}; {@code department}: the one lines without their own are recorded for (null: the
     * user's). Prints the progress and the summary; returns the exit status (1 if a line was refused or not sent).
     */
    public static int importText(LedgerCommand ledger, Credentials credentials, String name, String text,
            String department) {
        return run(ledger, credentials, name, name, LedgerLine.of(text), department, false, false);
    }

    private static int run(LedgerCommand ledger, Credentials credentials, String name, String label,
            List<LedgerLine> lines, String department, boolean strict, boolean oneByOne) {
        Invocation invocation = ledger.invocation();
        Progress progress = new Progress(lines.size(), invocation.err(), invocation.errIsTerminal(), "lines");
        Gateway gateway = ledger.gateway(credentials, text -> progress.note("ledger: " + text));
        progress.report(new ProgressReport(ledger.gatewayAddress(), credentials.authorization(), "import", label));
        invocation.say("ledger: importing " + lines.size() + " lines of " + name + " as " + credentials.user()
                + (department == null ? "" : " for department " + department) + " through " + ledger.gatewayUrl());
        RecordTypes types = RecordTypes.ask(gateway, ExportCommand.CONTEXTS);
        if (oneByOne) {
            ExportCommand.CONTEXTS.forEach(types::oneByOne);
        }
        return importer(gateway, types, department, progress, invocation, strict).run(lines);
    }

    private static Importer importer(Gateway gateway, RecordTypes types, String department, Progress progress,
            Invocation invocation, boolean strict) {
        return new Importer(new LineImport(gateway, types, department), types,
                new BatchImport(gateway, strict, text -> progress.note("ledger: " + text)), progress, invocation, strict);
    }

    /** What the dashboard page calls this import: the file's name. */
    private String label() {
        Path name = file.equals("-") ? Path.of("stdin") : Path.of(file).getFileName();
        return name == null ? "" : name.toString();
    }
}
