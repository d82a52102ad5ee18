package ruleoflaw.ledger.bench.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import ruleoflaw.ledger.cli.TextLines;
import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonJson;

/**
 * A ledger file of any length made of copies of another's lines, each copy's ids new ({@code PREFIX-K-} before each):
 * every value that is one of the file's ids (a line's id, a step's {@code of}, an edition's {@code seriesId}) is
 * renamed, so a copy's lines refer to each other as the original's do, and come in its order.
 */
public final class ImportCopies {

    private ImportCopies() {
    }

    /** The first {@code count} lines of copy 0, 1, 2, … of {@code ledgerFile} (its text). */
    public static List<String> of(String ledgerFile, String prefix, int count) {
        List<ObjectNode> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String text : TextLines.of(ledgerFile)) {
            if (!TextLines.blank(text) && parse(text) instanceof ObjectNode line) {
                lines.add(line);
                ids.add(line.path("id").asText());
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no ledger lines to copy");
        }
        List<String> copies = new ArrayList<>(count);
        for (int copy = 0; copies.size() < count; copy++) {
            for (ObjectNode line : lines) {
                if (copies.size() == count) {
                    break;
                }
                copies.add(PythonJson.dumps(renamed(line, ids, prefix + "-" + copy + "-")));
            }
        }
        return copies;
    }

    private static JsonNode renamed(JsonNode value, Set<String> ids, String before) {
        if (value.isTextual() && ids.contains(value.textValue())) {
            return TextNode.valueOf(before + value.textValue());
        }
        if (value instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), renamed(field.getValue(), ids, before));
            }
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(renamed(item, ids, before)));
            return copy;
        }
        return value;
    }

    private static JsonNode parse(String line) {
        try {
            return Json.parse(line);
        } catch (Json.InvalidJson e) {
            return null;
        }
    }
}
