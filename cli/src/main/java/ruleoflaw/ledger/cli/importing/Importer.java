package ruleoflaw.ledger.cli.importing;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.progress.Progress;

/**
 * Records the lines of a ledger file in file order, showing progress; a refused line is named with its line number
 * and problem and the rest goes on (strict: stops there); a service that stays away has its lines not sent.
 */
final class Importer {

    private final LineImport lineImport;
    private final Progress progress;
    private final Invocation invocation;
    private final boolean strict;

    Importer(LineImport lineImport, Progress progress, Invocation invocation, boolean strict) {
        this.lineImport = lineImport;
        this.progress = progress;
        this.invocation = invocation;
        this.strict = strict;
    }

    /** Imports {@code lines}; prints the summary; returns the exit status (1 if a line was refused or not sent). */
    int run(List<LedgerLine> lines) {
        return run(lines, List.of());
    }

    /**
     * Imports {@code lines}, the good rows of a workbook whose other rows ({@code unreadable}: what is wrong with
     * each, one per row) could not be made lines: those are counted refused (strict: nothing is sent).
     */
    int run(List<LedgerLine> lines, List<String> unreadable) {
        Tally tally = new Tally();
        for (String row : unreadable) {
            tally.refused();
            progress.note("ledger: " + row);
        }
        if (strict && !unreadable.isEmpty()) {
            invocation.print(tally.summary(0));
            invocation.say("ledger: stopped before sending (--strict): the workbook has rows that are not lines");
            return 1;
        }
        for (Unavailable unavailable : lineImport.awayFromTheStart()) {
            tally.awayFromTheStart(unavailable);
            progress.note("ledger: asked which lines it takes, " + unavailable.getMessage() + "; the file's "
                    + unavailable.context() + " lines are not sent");
        }
        double started = System.nanoTime() / 1e9;
        for (int done = 1; done <= lines.size(); done++) {
            LedgerLine line = lines.get(done - 1);
            boolean stop = false;
            try {
                ObjectNode record = line.record();
                tally.count(lineImport.send(record, tally.away().keySet()));
            } catch (Unavailable unavailable) {
                tally.away(unavailable);
                progress.note("ledger: " + line.name() + " not recorded: " + unavailable.getMessage()
                        + "; the file's other " + unavailable.context() + " lines are not sent");
                stop = strict;
            } catch (NotSent notSent) {
                tally.notSent();
            } catch (Refused refused) {
                tally.refused();
                progress.note("ledger: " + line.name() + " refused, nothing of it recorded: "
                        + refused.getMessage());
                if (refused.problem() != null) {
                    progress.write("  " + PythonJson.dumps(refused.problem()) + "\n");
                }
                stop = strict;
            }
            if (stop) {
                progress.update(done, true);
                invocation.say("ledger: stopped at " + line.name()
                        + " (--strict); lines after it were not sent");
                break;
            }
            progress.update(done, done == lines.size());
        }
        invocation.print(tally.summary(System.nanoTime() / 1e9 - started));
        tally.away().forEach((context, why) -> invocation.say("ledger: not sent to " + context + ": " + why
                + ". Import the file again once it is back (bin/suite status): what was recorded is recognised and "
                + "skipped"));
        return tally.complete() ? 0 : 1;
    }
}
