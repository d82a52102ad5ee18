package ruleoflaw.ledger.cli.importing;

import java.util.Map;
import java.util.TreeMap;

import ruleoflaw.ledger.cli.json.PythonNumbers;

/** How the lines of an import went, and the contexts given up on (with why). */
final class Tally {

    private int recorded;
    private int present;
    private int refused;
    private int notSent;
    private final Map<String, String> away = new TreeMap<>();

    void count(LineImport.Outcome outcome) {
        if (outcome == LineImport.Outcome.RECORDED) {
            recorded++;
        } else {
            present++;
        }
    }

    void refused() {
        refused++;
    }

    void notSent() {
        notSent++;
    }

    void away(Unavailable unavailable) {
        notSent++;
        away.put(unavailable.context(), unavailable.getMessage());
    }

    /** A context away when asked which lines it takes: its lines are counted as they come. */
    void awayFromTheStart(Unavailable unavailable) {
        away.put(unavailable.context(), unavailable.getMessage());
    }

    Map<String, String> away() {
        return away;
    }

    boolean complete() {
        return refused == 0 && notSent == 0;
    }

    /** {@code R recorded, P already present, F refused, N not sent (T lines in S.s s, X.x lines/s)}. */
    String summary(double seconds) {
        int handled = recorded + present + refused + notSent;
        double rate = seconds > 0 ? handled / seconds : 0;
        return "ledger: " + recorded + " recorded, " + present + " already present, " + refused + " refused, " + notSent
                + " not sent (" + handled + " lines in " + PythonNumbers.fixed(seconds, 1) + " s, "
                + PythonNumbers.fixed(rate, 1) + " lines/s)";
    }
}
