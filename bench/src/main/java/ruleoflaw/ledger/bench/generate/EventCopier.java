package ruleoflaw.ledger.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Copies a template aggregate into another year: a new aggregate id ({@code <template id>-b<year>-<n>}), every
 * template id in the payload (references such as {@code of} or {@code seriesId} too) mapped the same way, so that a
 * copy's references point at the copies of the same year and round; every ISO date and 〔YYYY〕 document-number year
 * shifted by the whole years that bring the aggregate's first date into the target year; new event ids, and the
 * recording moment the caller's timeline gives; and, when the records are spread over departments, the department
 * the caller gives in every event's metadata.
 */
public final class EventCopier {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DOCUMENT_YEAR = Pattern.compile("〔(\\d{4})〕");
    /** The metadata key of the department an event was recorded for (the platform's AuditMetadata.DEPARTMENT). */
    public static final String DEPARTMENT = "department";

    private final ObjectMapper json;
    private final Set<String> templateIds;

    public EventCopier(ObjectMapper json, Set<String> templateIds) {
        this.json = json;
        this.templateIds = templateIds;
    }

    public static String copyId(String templateId, int year, int round) {
        return templateId + "-b" + year + "-" + round;
    }

    /** The earliest date in the aggregate's first event (its business date), or null if it has none. */
    public LocalDate firstDate(List<TemplateEvent> aggregate) {
        LocalDate[] earliest = {null};
        visitStrings(read(aggregate.get(0).payload()), text -> {
            Matcher matcher = DATE.matcher(text);
            while (matcher.find()) {
                LocalDate date = date(matcher);
                if (date != null && (earliest[0] == null || date.isBefore(earliest[0]))) {
                    earliest[0] = date;
                }
            }
            return text;
        });
        return earliest[0];
    }

    /** The aggregate's events copied into year (round n of that year), each recorded at the moment timeline gives. */
    public List<CopiedEvent> copy(List<TemplateEvent> aggregate, LocalDate firstDate, int year, int round,
            Function<LocalDate, java.time.Instant> timeline) {
        return copy(aggregate, firstDate, year, round, timeline, null);
    }

    /**
     * As {@link #copy(List, LocalDate, int, int, Function)}, every event's metadata naming {@code department} (null:
     * the template's metadata says, as it is).
     */
    public List<CopiedEvent> copy(List<TemplateEvent> aggregate, LocalDate firstDate, int year, int round,
            Function<LocalDate, java.time.Instant> timeline, String department) {
        int years = firstDate == null ? 0 : year - firstDate.getYear();
        LocalDate businessDate = firstDate == null ? LocalDate.of(year, 1, 1) : firstDate.plusYears(years);
        String suffix = "-b" + year + "-" + round;
        String correlationId = UUID.randomUUID().toString();
        List<CopiedEvent> copies = new ArrayList<>(aggregate.size());
        for (TemplateEvent event : aggregate) {
            java.time.Instant recordedAt = timeline.apply(businessDate);
            JsonNode payload = read(event.payload());
            payload = visitStrings(payload, text -> shifted(mapped(text, suffix), years));
            shiftYearFields(payload, years);
            JsonNode metaData = event.metaData() == null ? json.createObjectNode() : read(event.metaData());
            metaData = visitStrings(metaData, text -> mapped(text, suffix));
            if (metaData instanceof ObjectNode meta) {
                meta.put("recordedAt", recordedAt.toString());
                meta.put("correlationId", correlationId);
                if (department != null) {
                    meta.put(DEPARTMENT, department);
                }
            }
            copies.add(new CopiedEvent(event.aggregateId() + suffix, event.sequence(), event.aggregateType(),
                    UUID.randomUUID().toString(), event.payloadType(), event.payloadRevision(), write(payload),
                    write(metaData), recordedAt));
        }
        return copies;
    }

    private String mapped(String text, String suffix) {
        return templateIds.contains(text) ? text + suffix : text;
    }

    static String shifted(String text, int years) {
        if (years == 0 || text.length() < 6) {
            return text;
        }
        String result = DATE.matcher(text).replaceAll(matcher -> {
            LocalDate date = date(matcher);
            return date == null ? matcher.group() : date.plusYears(years).toString();
        });
        return DOCUMENT_YEAR.matcher(result).replaceAll(matcher -> "〔" + (Integer.parseInt(matcher.group(1)) + years) + "〕");
    }

    /** Plain numeric year fields (a law list's "year") move with the dates. */
    private static void shiftYearFields(JsonNode node, int years) {
        if (years == 0) {
            return;
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> yearFields = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("year") && field.getValue().isInt()) {
                    yearFields.add(field.getKey());
                } else {
                    shiftYearFields(field.getValue(), years);
                }
            }
            yearFields.forEach(name -> object.put(name, object.get(name).asInt() + years));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> shiftYearFields(element, years));
        }
    }

    private static LocalDate date(java.util.regex.MatchResult matcher) {
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Applies change to every string value (not to field names), in place where it can. */
    private static JsonNode visitStrings(JsonNode node, Function<String, String> change) {
        if (node.isTextual()) {
            String before = node.textValue();
            String after = change.apply(before);
            return after.equals(before) ? node : TextNode.valueOf(after);
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                JsonNode changed = visitStrings(child, change);
                if (changed != child) {
                    object.set(name, changed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                JsonNode changed = visitStrings(child, change);
                if (changed != child) {
                    array.set(i, changed);
                }
            }
        }
        return node;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
