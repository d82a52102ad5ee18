package ruleoflaw.ledger.bench.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.TextLines;
import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonJson;

/**
 * Corrections and withdrawals of a ledger file's records, as ledger lines, so the seeded ledger has those shapes
 * too: of the records (lines without "of": not lifecycle steps, corrections or withdrawals), every 20th from the 4th
 * corrected with its title marked "（更正）", then every 50th from the 12th withdrawn if its type may be withdrawn and
 * it was not corrected. Written as bin/suite's Python helper wrote them.
 */
public final class SeedChanges {

    static final Set<String> WITHDRAWABLE = Set.of("governance.meeting", "disclosure.item", "study.session",
            "outreach.visit", "outreach.briefing", "outreach.event");
    static final String CORRECTION_REASON = "录入有误，予以更正";
    static final String WITHDRAWAL_REASON = "重复录入";
    static final String CORRECTED_TITLE = "（更正）";

    private SeedChanges() {
    }

    /** The lines of corrections, then withdrawals, of the records of {@code ledgerFile} (its text). */
    public static List<String> of(String ledgerFile) {
        List<ObjectNode> records = new ArrayList<>();
        for (String line : TextLines.of(ledgerFile)) {
            if (TextLines.blank(line)) {
                continue;
            }
            JsonNode value = parse(line);
            if (value instanceof ObjectNode record && !record.has("of")) {
                records.add(record);
            }
        }
        List<String> lines = new ArrayList<>();
        Set<String> corrected = new HashSet<>();
        for (int n = 0; n < records.size(); n++) {
            if (n % 20 == 3) {
                ObjectNode record = records.get(n);
                corrected.add(id(record));
                lines.add(PythonJson.dumps(correction(record)));
            }
        }
        for (int n = 0; n < records.size(); n++) {
            ObjectNode record = records.get(n);
            if (n % 50 == 11 && WITHDRAWABLE.contains(type(record)) && !corrected.contains(id(record))) {
                lines.add(PythonJson.dumps(withdrawal(record)));
            }
        }
        return lines;
    }

    private static ObjectNode correction(ObjectNode record) {
        ObjectNode details = record.deepCopy();
        details.remove(List.of("type", "id"));
        if (details.get("title") != null && details.get("title").isTextual()) {
            details.put("title", details.get("title").textValue() + CORRECTED_TITLE);
        }
        ObjectNode line = Json.nodes().objectNode();
        line.put("type", type(record) + ".correction");
        line.put("id", id(record) + "-bench-correction");
        line.put("of", id(record));
        line.put("reason", CORRECTION_REASON);
        line.set("record", details);
        return line;
    }

    private static ObjectNode withdrawal(ObjectNode record) {
        ObjectNode line = Json.nodes().objectNode();
        line.put("type", type(record) + ".withdrawal");
        line.put("id", id(record) + "-bench-withdrawal");
        line.put("of", id(record));
        line.put("reason", WITHDRAWAL_REASON);
        return line;
    }

    private static String type(ObjectNode record) {
        return record.path("type").asText();
    }

    private static String id(ObjectNode record) {
        return record.path("id").asText();
    }

    private static JsonNode parse(String line) {
        try {
            return Json.parse(line);
        } catch (Json.InvalidJson e) {
            throw new IllegalArgumentException("not a ledger line (" + e.getMessage() + "): " + line, e);
        }
    }
}
