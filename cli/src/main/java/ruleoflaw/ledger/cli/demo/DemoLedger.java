package ruleoflaw.ledger.cli.demo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import ruleoflaw.ledger.cli.json.Json;

/**
 * A generated department's ledger, made from the reference department's (samples/kjj-2024.jsonl) by rules that give
 * the same output every time and keep every rule of the record types:
 * <ul>
 * <li>every line names the department ({@code department}, after {@code type} and {@code id}), its id is the
 * reference's prefixed by the department's code, and every value naming another line's id names the new one;</li>
 * <li>a record's title (else its subject, name, enterprise or item name) ends in {@link DemoDepartment#MARK}, and
 * the reference department's name (重庆市九龙坡区科学技术局, 科技局) is the department's own;</li>
 * <li>the counts of the types whose rules are known are scaled: attendees, the audience, contestants (by source too,
 * adding up), persons talked to; an exam's eligible, participants and passed keep passed ≤ participants ≤ eligible,
 * a briefing's enterprises present stay no more than its attendees; other numbers are the reference's;</li>
 * <li>the dates of a record and of its steps move together by the department's shift, unless one of them would leave
 * its year (then none moves): a 2024 record stays in 2024, a contest edition in its year;</li>
 * <li>some everyday records (sessions, meetings, integrity work, information items, visits, briefings) that no other
 * line names are left out, chosen by a hash of the department's code and the line's id; the first of each type is
 * kept.</li>
 * </ul>
 */
public final class DemoLedger {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> MARKED = List.of("title", "subject", "name", "enterprise", "itemName");
    private static final Set<String> DROPPABLE = Set.of("study.session", "governance.meeting", "governance.integrity",
            "disclosure.item", "outreach.visit", "outreach.briefing");
    private static final String REFERENCE_NAME = "重庆市九龙坡区科学技术局";
    private static final String REFERENCE_SHORT = "科技局";

    private DemoLedger() {
    }

    /** The reference ledger's non-blank lines as JSON objects. */
    public static List<ObjectNode> parse(String text) {
        List<ObjectNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add((ObjectNode) Json.parse(line.strip()));
            } catch (Json.InvalidJson | ClassCastException e) {
                throw new IllegalArgumentException("the reference ledger has a line that is no JSON object: " + line, e);
            }
        }
        return lines;
    }

    /** {@code department}'s ledger made from {@code reference}, in the reference's order. */
    public static List<ObjectNode> of(DemoDepartment department, List<ObjectNode> reference) {
        Set<String> ids = new HashSet<>();
        Set<String> named = new HashSet<>();
        Map<String, String> rootOf = new HashMap<>();
        for (ObjectNode line : reference) {
            String id = line.path("id").asText();
            ids.add(id);
            String of = line.path("of").asText(null);
            rootOf.put(id, of == null ? id : rootOf.getOrDefault(of, of));
        }
        for (ObjectNode line : reference) {
            line.properties().forEach(field -> {
                if (!field.getKey().equals("id") && field.getValue().isTextual()) {
                    named.add(field.getValue().textValue());
                }
            });
        }
        Map<String, Integer> shiftOf = shifts(department, reference, rootOf);
        List<ObjectNode> generated = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (ObjectNode line : reference) {
            String id = line.path("id").asText();
            String type = line.path("type").asText();
            boolean first = types.add(type);
            if (!first && DROPPABLE.contains(type) && !named.contains(id) && dropped(department, id)) {
                continue;
            }
            generated.add(line(department, line, ids, shiftOf.get(rootOf.get(id))));
        }
        return generated;
    }

    /** The shift of each family (a record and its steps): the department's, if every date stays in its year; else 0. */
    private static Map<String, Integer> shifts(DemoDepartment department, List<ObjectNode> reference,
            Map<String, String> rootOf) {
        Map<String, Integer> shifts = new HashMap<>();
        for (ObjectNode line : reference) {
            String root = rootOf.get(line.path("id").asText());
            shifts.putIfAbsent(root, department.shiftDays());
            for (JsonNode value : (Iterable<JsonNode>) line::elements) {
                LocalDate date = date(value);
                if (date != null && date.plusDays(department.shiftDays()).getYear() != date.getYear()) {
                    shifts.put(root, 0);
                }
            }
        }
        return shifts;
    }

    private static boolean dropped(DemoDepartment department, String id) {
        return Math.floorMod((department.code() + "/" + id).hashCode(), 100) < department.dropPercent();
    }

    private static ObjectNode line(DemoDepartment department, ObjectNode reference, Set<String> ids, int shift) {
        ObjectNode line = Json.nodes().objectNode();
        line.set("type", reference.get("type"));
        line.put("id", idOf(department, reference.path("id").asText()));
        line.put("department", department.code());
        String markedField = reference.has("of") ? "" : firstMarked(reference);
        for (Map.Entry<String, JsonNode> field : reference.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("type") || name.equals("id")) {
                continue;
            }
            if (value.isTextual() && ids.contains(value.textValue())) {
                value = TextNode.valueOf(idOf(department, value.textValue()));
            } else if (date(value) != null) {
                value = TextNode.valueOf(date(value).plusDays(shift).toString());
            } else if (value.isTextual()) {
                String text = own(department, value.textValue());
                if (name.equals(markedField)) {
                    text = text + DemoDepartment.MARK;
                }
                value = TextNode.valueOf(text);
            } else if (value.isArray()) {
                ArrayNode texts = Json.nodes().arrayNode();
                value.forEach(element -> texts.add(element.isTextual()
                        ? TextNode.valueOf(own(department, element.textValue())) : element));
                value = texts;
            }
            line.set(name, value.deepCopy());
        }
        Counts.scale(line, department);
        return line;
    }

    private static String firstMarked(ObjectNode line) {
        return MARKED.stream().filter(field -> line.path(field).isTextual()).findFirst().orElse("");
    }

    /** The line id in the department's ledger: the reference's, prefixed by the code. */
    public static String idOf(DemoDepartment department, String id) {
        return department.code() + "-" + id;
    }

    /** Text saying the department's name where the reference says its own. */
    private static String own(DemoDepartment department, String text) {
        return text.replace(REFERENCE_NAME, "重庆市" + department.fullName())
                .replace(REFERENCE_SHORT, department.shortName());
    }

    private static LocalDate date(JsonNode value) {
        if (!value.isTextual() || !DATE.matcher(value.textValue()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
