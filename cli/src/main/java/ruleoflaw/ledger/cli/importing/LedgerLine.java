package ruleoflaw.ledger.cli.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.TextLines;
import ruleoflaw.ledger.cli.json.Json;

/**
 * A non-blank line of a ledger file, by its line number; read as a record when its turn comes. A line read from a
 * workbook says which row it came from ({@code where}, e.g. {@code 学法活动 第 3 行}).
 */
record LedgerLine(int number, String text, String where) {

    LedgerLine(int number, String text) {
        this(number, text, null);
    }

    /** How the import's messages name the line: {@code line 3}, or the workbook's row. */
    String name() {
        return where == null ? "line " + number : where;
    }

    /** The non-blank lines of FILE, or of standard input for "-". */
    static List<LedgerLine> read(String file, InputStream stdin) throws IOException {
        return of(file.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }

    /** The non-blank lines of {@code text}. */
    static List<LedgerLine> of(String text) {
        List<LedgerLine> lines = new ArrayList<>();
        List<String> all = TextLines.of(text);
        for (int i = 0; i < all.size(); i++) {
            if (!TextLines.blank(all.get(i))) {
                lines.add(new LedgerLine(i + 1, all.get(i)));
            }
        }
        return lines;
    }

    /** The line's record: a JSON object. */
    ObjectNode record() throws Refused {
        JsonNode value;
        try {
            value = Json.parse(text);
        } catch (Json.InvalidJson e) {
            throw new Refused("not a JSON object: " + e.getMessage());
        }
        if (!value.isObject()) {
            throw new Refused("not a JSON object");
        }
        return (ObjectNode) value;
    }
}
