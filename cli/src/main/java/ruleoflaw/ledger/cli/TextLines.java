package ruleoflaw.ledger.cli;

import java.util.List;

/** Text read as Python read it in text mode: "\r\n" and "\r" end lines as "\n" does; blank is whitespace only. */
public final class TextLines {

    private TextLines() {
    }

    /** The lines of {@code text}, without their ends (none for a last line that ends the text). */
    public static List<String> of(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(unified.split("\n", -1));
        return unified.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
    }

    /** Nothing but whitespace, as Python's {@code str.strip()} sees it. */
    public static boolean blank(String line) {
        return line.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85);
    }
}
