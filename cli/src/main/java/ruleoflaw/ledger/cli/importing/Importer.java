package ruleoflaw.ledger.cli.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.progress.Progress;

/**
 * Records the lines of a ledger file in file order, showing progress; a refused line is named with its line number
 * and problem and the rest goes on (strict: stops there); a service that stays away has its lines not sent.
 */
final class Importer {

    private final LineImport lineImport;
    private final RecordTypes types;
    private final BatchImport batches;
    private final Progress progress;
    private final Invocation invocation;
    private final boolean strict;

    Importer(LineImport lineImport, RecordTypes types, BatchImport batches, Progress progress, Invocation invocation,
            boolean strict) {
        this.lineImport = lineImport;
        this.types = types;
        this.batches = batches;
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
        Sending sending = new Sending(lines.size(), tally);
        for (LedgerLine line : lines) {
            LineImport.Prepared prepared;
            try {
                prepared = lineImport.prepare(line.record(), tally.away().keySet());
            } catch (Refused | NotSent notTaken) {
                if (sending.answered(line, new BatchImport.LineAnswer(null, notTaken))) {
                    break;
                }
                continue;
            }
            String batchPath = types.batchPath(prepared.context());
            if (batchPath == null) {
                if (sending.flush() || sending.account(line, sendAlone(prepared))) {
                    break;
                }
            } else if (sending.add(line, prepared, batchPath)) {
                break;
            }
        }
        sending.flush();
        invocation.print(tally.summary(System.nanoTime() / 1e9 - started));
        tally.away().forEach((context, why) -> invocation.say("ledger: not sent to " + context + ": " + why
                + ". Import the file again once it is back (bin/suite status): what was recorded is recognised and "
                + "skipped"));
        return tally.complete() ? 0 : 1;
    }

    private BatchImport.LineAnswer sendAlone(LineImport.Prepared prepared) {
        try {
            return new BatchImport.LineAnswer(lineImport.send(prepared), null);
        } catch (Refused | Unavailable notTaken) {
            return new BatchImport.LineAnswer(null, notTaken);
        }
    }

    /**
     * The lines on their way: consecutive lines of one context and department gathered into a batch, sent when the
     * next line goes elsewhere or the batch is full, waiting for its answer (so a line that names an earlier one is
     * written after it); each line's outcome told as the single request's would be.
     */
    private final class Sending {

        private final int total;
        private final Tally tally;
        /** The lines waiting, in file order: those of the batch, and those answered already (not to be sent). */
        private final List<LedgerLine> waiting = new ArrayList<>();
        private final List<BatchImport.LineAnswer> answeredAlready = new ArrayList<>();
        private final List<BatchImport.Entry> batch = new ArrayList<>();
        private String batchPath;
        private String batchActing;
        private int batchBytes;
        private int done;

        Sending(int total, Tally tally) {
            this.total = total;
            this.tally = tally;
        }

        /** Adds a line to the batch (sending the batch first if the line goes elsewhere); true: stop (strict). */
        boolean add(LedgerLine line, LineImport.Prepared prepared, String path) {
            BatchImport.Entry entry = BatchImport.Entry.of(prepared);
            boolean elsewhere = !batch.isEmpty() && !(path.equals(batchPath) && Objects.equals(prepared.acting(),
                    batchActing));
            boolean full = batch.size() >= BatchImport.MOST_LINES
                    || (!batch.isEmpty() && batchBytes + entry.bytes() > BatchImport.MOST_BYTES);
            if ((elsewhere || full) && flush()) {
                return true;
            }
            batchPath = path;
            batchActing = prepared.acting();
            waiting.add(line);
            answeredAlready.add(null);
            batch.add(entry);
            batchBytes += entry.bytes();
            return false;
        }

        /**
         * A line the import answered itself (refused, or not sent): told in its turn, after the lines before it;
         * true: stop (strict).
         */
        boolean answered(LedgerLine line, BatchImport.LineAnswer answer) {
            if (waiting.isEmpty()) {
                return account(line, answer);
            }
            waiting.add(line);
            answeredAlready.add(answer);
            return strict && flush();
        }

        /** Sends the batch gathered, if any, and tells how the lines waiting went; true: stop (strict). */
        boolean flush() {
            if (waiting.isEmpty()) {
                return false;
            }
            List<LedgerLine> lines = List.copyOf(waiting);
            List<BatchImport.LineAnswer> already = new ArrayList<>(answeredAlready);
            List<BatchImport.Entry> sent = List.copyOf(batch);
            waiting.clear();
            answeredAlready.clear();
            batch.clear();
            batchBytes = 0;
            List<BatchImport.LineAnswer> answers = sent.isEmpty() ? List.of()
                    : batches.send(batchPath, batchActing, sent);
            if (answers == null) { // the service takes no batches after all
                types.oneByOne(sent.get(0).prepared().context());
                answers = new ArrayList<>();
                for (BatchImport.Entry entry : sent) {
                    answers.add(sendAlone(entry.prepared()));
                }
            }
            int next = 0;
            for (int i = 0; i < lines.size(); i++) {
                BatchImport.LineAnswer answer = already.get(i);
                if (answer == null) {
                    if (next == answers.size()) {
                        return true; // strict: the batch stopped at its first refused line, told already
                    }
                    answer = answers.get(next++);
                }
                if (account(lines.get(i), answer)) {
                    return true;
                }
            }
            return false;
        }

        /** Counts and tells how {@code line} went; true: stop (strict). */
        boolean account(LedgerLine line, BatchImport.LineAnswer answer) {
            done++;
            boolean stop = false;
            if (answer.outcome() != null) {
                tally.count(answer.outcome());
            } else if (answer.notTaken() instanceof Unavailable unavailable) {
                tally.away(unavailable);
                progress.note("ledger: " + line.name() + " not recorded: " + unavailable.getMessage()
                        + "; the file's other " + unavailable.context() + " lines are not sent");
                stop = strict;
            } else if (answer.notTaken() instanceof NotSent) {
                tally.notSent();
            } else if (answer.notTaken() instanceof Refused refused) {
                tally.refused();
                progress.note("ledger: " + line.name() + " refused, nothing of it recorded: " + refused.getMessage());
                if (refused.problem() != null) {
                    progress.write("  " + PythonJson.dumps(refused.problem()) + "\n");
                }
                stop = strict;
            }
            if (stop) {
                progress.update(done, true);
                invocation.say("ledger: stopped at " + line.name() + " (--strict); lines after it were not sent");
                return true;
            }
            progress.update(done, done == total);
            return false;
        }
    }
}
