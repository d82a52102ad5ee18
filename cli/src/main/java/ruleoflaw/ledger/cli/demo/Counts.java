package ruleoflaw.ledger.cli.demo;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The counts of a generated line, scaled by its department's {@code scale} as far as its type's rules are known (the
 * records' {@code checked()} rules in contracts); the numbers of other types are the reference's.
 */
final class Counts {

    private Counts() {
    }

    static void scale(ObjectNode line, DemoDepartment department) {
        double by = department.scale();
        switch (line.path("type").asText()) {
            case "study.session" -> {
                // scaling is monotone, so attendees ≤ required (the session's rule) still holds
                scaled(line, "attendees", by);
                scaled(line, "required", by);
            }
            case "study.hearing" -> scaled(line, "attendees", by);
            case "governance.integrity" -> scaled(line, "persons", by);
            case "outreach.event" -> scaled(line, "estimatedAudience", by);
            case "outreach.briefing" -> {
                scaled(line, "attendees", by);
                scaled(line, "enterprisesPresent", by);
                if (line.has("enterprisesPresent") && line.has("attendees")) {
                    line.put("enterprisesPresent", Math.min(line.get("enterprisesPresent").intValue(),
                            line.get("attendees").intValue()));
                }
            }
            case "outreach.contestEdition" -> contest(line, by);
            case "study.exam" -> exam(line, department);
            default -> {
                // rules not known here: the reference's numbers
            }
        }
    }

    /** Scaled, never to 0 from more than 0. */
    static int scaled(int count, double by) {
        return count <= 0 ? count : Math.max(1, (int) Math.round(count * by));
    }

    private static void scaled(ObjectNode line, String field, double by) {
        JsonNode value = line.get(field);
        if (value != null && value.isIntegralNumber()) {
            line.put(field, scaled(value.intValue(), by));
        }
    }

    /** Contestants by source each scaled, and the contestants their sum (the edition's rule). */
    private static void contest(ObjectNode line, double by) {
        JsonNode bySource = line.get("contestantsBySource");
        if (bySource instanceof ObjectNode sources) {
            int total = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = sources.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> source = it.next();
                if (source.getValue().isIntegralNumber()) {
                    int count = scaled(source.getValue().intValue(), by);
                    source.setValue(sources.numberNode(count));
                    total += count;
                }
            }
            line.put("contestants", total);
        } else {
            scaled(line, "contestants", by);
        }
    }

    /**
     * passed ≤ participants ≤ eligible (the exam's rule), each scaled; a department that leaves out more records also
     * had one staff member miss the exam, and one that is smaller one who failed it.
     */
    private static void exam(ObjectNode line, DemoDepartment department) {
        if (!line.path("eligible").isIntegralNumber() || !line.path("participants").isIntegralNumber()
                || !line.path("passed").isIntegralNumber()) {
            return;
        }
        int eligible = scaled(line.get("eligible").intValue(), department.scale());
        int participants = Math.min(eligible, scaled(line.get("participants").intValue(), department.scale()));
        if (department.dropPercent() >= 15) {
            participants = Math.max(0, participants - 1);
        }
        int passed = Math.min(participants, scaled(line.get("passed").intValue(), department.scale()));
        if (department.scale() < 1) {
            passed = Math.max(0, passed - 1);
        }
        line.put("eligible", eligible);
        line.put("participants", participants);
        line.put("passed", passed);
    }
}
