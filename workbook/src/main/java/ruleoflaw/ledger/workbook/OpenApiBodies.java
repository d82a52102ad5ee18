package ruleoflaw.ledger.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a line type's REST body, from the request body of {@code POST <path>} in the services' OpenAPI
 * documents: their order, kind (dates: {@code format: date}; choices: {@code enum}; lists: {@code type: array}),
 * whether they are required, and their bounds. Path variables match whatever they are called ({@code {of}} in the
 * ledger types, {@code {id}} in the documents).
 */
final class OpenApiBodies {

    private OpenApiBodies() {
    }

    static List<Field> fields(String type, String path, Collection<JsonNode> apiDocs, Labels labels, Set<String> leftOut) {
        String wanted = normalised(path);
        for (JsonNode doc : apiDocs) {
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> entry = paths.next();
                if (!normalised(entry.getKey()).equals(wanted)) {
                    continue;
                }
                JsonNode content = entry.getValue().path("post").path("requestBody").path("content");
                JsonNode schema = content.has("application/json") ? content.path("application/json").path("schema")
                        : content.elements().hasNext() ? content.elements().next().path("schema") : null;
                if (schema != null) {
                    return fields(type, resolve(doc, schema), doc, labels, leftOut);
                }
            }
        }
        return new ArrayList<>();
    }

    private static List<Field> fields(String type, JsonNode schema, JsonNode doc, Labels labels, Set<String> leftOut) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<Field> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            if (leftOut.contains(name)) {
                continue;
            }
            JsonNode field = resolve(doc, property.getValue());
            List<String> choices = new ArrayList<>();
            field.path("enum").forEach(choice -> {
                if (!choice.isNull()) {
                    choices.add(choice.asText());
                }
            });
            String kindOf = typeOf(field);
            Field.Kind kind;
            if ("array".equals(kindOf)) {
                kind = Field.Kind.LIST;
            } else if (!choices.isEmpty()) {
                kind = Field.Kind.CHOICE;
            } else if ("string".equals(kindOf) && "date".equals(field.path("format").asText())) {
                kind = Field.Kind.DATE;
            } else if ("integer".equals(kindOf)) {
                kind = Field.Kind.INTEGER;
            } else if ("number".equals(kindOf)) {
                kind = Field.Kind.NUMBER;
            } else if ("boolean".equals(kindOf)) {
                kind = Field.Kind.BOOLEAN;
            } else if ("object".equals(kindOf) || field.has("properties")) {
                kind = Field.Kind.JSON;
            } else {
                kind = Field.Kind.TEXT;
            }
            BigDecimal minimum = WorkbookLayout.decimal(field.get("minimum"));
            BigDecimal maximum = WorkbookLayout.decimal(field.get("maximum"));
            boolean exclusive = field.path("exclusiveMinimum").asBoolean(false);
            if (field.path("exclusiveMinimum").isNumber()) {
                minimum = field.get("exclusiveMinimum").decimalValue();
                exclusive = true;
            }
            JsonNode sized = kind == Field.Kind.LIST ? resolve(doc, field.path("items")) : field;
            Integer maxLength = sized.has("maxLength") ? sized.get("maxLength").asInt() : null;
            fields.add(new Field(name, kind, labels.field(type, name), labels.fieldHint(type, name),
                    required.contains(name), List.copyOf(choices), minimum, exclusive, maximum, maxLength));
        }
        return fields;
    }

    /** The type of a schema ({@code "string"}, …; of OpenAPI 3.1's list of types, the first that is not null). */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
            return "";
        }
        return type.asText("");
    }

    /** A schema with its {@code $ref} (or the one of a single {@code allOf}/{@code oneOf}) followed. */
    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        for (int depth = 0; depth < 10; depth++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    return schema;
                }
                JsonNode target = doc;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part.replace("~1", "/").replace("~0", "~"));
                }
                schema = target;
            } else if (schema.path("allOf").size() == 1) {
                schema = schema.path("allOf").get(0);
            } else if (schema.path("oneOf").size() == 1) {
                schema = schema.path("oneOf").get(0);
            } else {
                return schema;
            }
        }
        return schema;
    }

    static String normalised(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
