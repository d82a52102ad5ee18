package ruleoflaw.ledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Chinese names of the ledger's record types, fields and codes, with a hint for filling each in: the table
 * {@code labels.json} beside this class, which the gateway also serves to the browser at {@code /app/labels.json}.
 * {@code types}: type → name; {@code fields}: {@code type.field} → name (and {@code id}, {@code of},
 * {@code department}, … shared by every type); {@code hints}: type or {@code type.field} → hint; {@code values}:
 * {@code type.field} → code → name.
 */
public final class Labels {

    /** Where the table is on the class path. */
    public static final String RESOURCE = "/ruleoflaw/ledger/workbook/labels.json";

    private final JsonNode table;

    private Labels(JsonNode table) {
        this.table = table;
    }

    /** The suite's own table. */
    public static Labels standard() {
        try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new Labels(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    public static Labels of(JsonNode table) {
        return new Labels(table);
    }

    /** The types the table names, in its order (the order of the workbook's sheets). */
    public List<String> typeOrder() {
        List<String> order = new ArrayList<>();
        table.path("types").fieldNames().forEachRemaining(order::add);
        return order;
    }

    /** The fields the table names for {@code type}, in its order. */
    public List<String> fieldsOf(String type) {
        List<String> fields = new ArrayList<>();
        table.path("fields").fieldNames().forEachRemaining(key -> {
            if (key.startsWith(type + ".") && key.indexOf('.', type.length() + 1) < 0) {
                fields.add(key.substring(type.length() + 1));
            }
        });
        return fields;
    }

    public String type(String type) {
        return table.path("types").path(type).asText(type);
    }

    /** The name of {@code field} of {@code type}: its own, else the shared one, else the field's code. */
    public String field(String type, String field) {
        JsonNode own = table.path("fields").path(type + "." + field);
        return own.isTextual() ? own.asText() : table.path("fields").path(field).asText(field);
    }

    public String hint(String key) {
        return table.path("hints").path(key).asText("");
    }

    public String fieldHint(String type, String field) {
        String own = hint(type + "." + field);
        return own.isEmpty() ? hint(field) : own;
    }

    /** The names of the codes of {@code field} of {@code type} (code → name), those the table has. */
    public Map<String, String> values(String type, String field) {
        Map<String, String> names = new LinkedHashMap<>();
        table.path("values").path(type + "." + field).fields()
                .forEachRemaining(entry -> names.put(entry.getKey(), entry.getValue().asText()));
        return names;
    }
}
