package ruleoflaw.ledger.cli.json;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes a JSON value the way Python writes the value {@code json.loads} made of it: ", " between items and ": "
 * after a key; what strings, floats, booleans and None look like is up to the notation (JSON or Python's repr).
 */
abstract class ValueWriter {

    final String write(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    abstract void string(String text, StringBuilder out);

    abstract String floating(double x);

    abstract String bool(boolean value);

    abstract String none();

    private void write(JsonNode value, StringBuilder out) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.append(none());
        } else if (value.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                string(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), out);
                out.append(fields.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(value.get(i), out);
            }
            out.append(']');
        } else if (value.isTextual()) {
            string(value.textValue(), out);
        } else if (value.isIntegralNumber()) {
            out.append(value.bigIntegerValue());
        } else if (value.isNumber()) {
            out.append(floating(value.doubleValue()));
        } else if (value.isBoolean()) {
            out.append(bool(value.booleanValue()));
        } else {
            string(value.asText(), out);
        }
    }
}
