package ruleoflaw.ledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * docs/ledger-format.md as the tests need it: its table of types (type → path) and its examples, one ledger; and the
 * OpenAPI documents of the four contexts (test resources {@code api-docs/<context>.json}: each service's
 * {@code /v3/api-docs} as its ServiceBasicsTest got it, {@code servers} left out; capture them again when a request
 * body changes).
 */
final class LedgerFormat {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> CONTEXTS = List.of("study", "litigation", "outreach", "disclosure");

    private LedgerFormat() {
    }

    static String text() {
        try {
            return Files.readString(Path.of("..", "docs", "ledger-format.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** type → path, every context's. */
    static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        Matcher rows = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `(/api/[^`]+)`", Pattern.MULTILINE).matcher(text());
        while (rows.find()) {
            types.put(rows.group(1), rows.group(2));
        }
        return types;
    }

    /** The example lines of the section "Types, and one example of each", in order. */
    static List<ObjectNode> examples() {
        String types = text().substring(text().indexOf("## Types, and one example of each"));
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(types);
        List<ObjectNode> lines = new ArrayList<>();
        while (blocks.find()) {
            for (String line : blocks.group(1).split("\n")) {
                if (!line.isBlank()) {
                    try {
                        lines.add((ObjectNode) JSON.readTree(line));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return lines;
    }

    static List<JsonNode> apiDocs() {
        List<JsonNode> docs = new ArrayList<>();
        for (String context : CONTEXTS) {
            try (InputStream in = LedgerFormat.class.getResourceAsStream("/api-docs/" + context + ".json")) {
                docs.add(JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    static WorkbookLayout layout() {
        return WorkbookLayout.of(types(), apiDocs(), Labels.standard());
    }
}
