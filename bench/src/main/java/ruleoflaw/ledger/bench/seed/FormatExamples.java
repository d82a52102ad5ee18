package ruleoflaw.ledger.bench.seed;

import java.util.ArrayList;
import java.util.List;

import ruleoflaw.ledger.cli.TextLines;

/**
 * The ledger lines of docs/ledger-format.md's examples: the non-blank lines of its {@code ```json} blocks (a fence
 * with another language, or none, is not an example), in document order.
 */
public final class FormatExamples {

    private static final String FENCE = "```";
    private static final String JSON_FENCE = "```json";

    private FormatExamples() {
    }

    public static List<String> of(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : TextLines.of(markdown)) {
            if (line.startsWith(FENCE)) {
                inside = line.equals(JSON_FENCE);
            } else if (inside && !TextLines.blank(line)) {
                lines.add(line);
            }
        }
        return lines;
    }
}
