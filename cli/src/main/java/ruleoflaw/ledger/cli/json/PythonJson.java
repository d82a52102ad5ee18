package ruleoflaw.ledger.cli.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON written as Python's {@code json.dumps} writes it (", " and ": " between items, floats as {@code repr}).
 * The request bodies must be the bytes bin/ledger sent: the gateway recognises a line imported again by its
 * Idempotency-Key and a hash of the body, so other bytes for the same line would be refused as another request.
 */
public final class PythonJson extends ValueWriter {

    private static final PythonJson AS_IS = new PythonJson(false);
    private static final PythonJson ASCII = new PythonJson(true);

    private final boolean ascii;

    private PythonJson(boolean ascii) {
        this.ascii = ascii;
    }

    /** {@code json.dumps(value, ensure_ascii=False)}: characters beyond ASCII as they are. */
    public static String dumps(JsonNode value) {
        return AS_IS.write(value);
    }

    /** {@code json.dumps(value)}: every character beyond ASCII as a \\u escape. */
    public static String dumpsAscii(JsonNode value) {
        return ASCII.write(value);
    }

    @Override
    String floating(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return PythonNumbers.repr(x);
    }

    @Override
    String bool(boolean value) {
        return String.valueOf(value);
    }

    @Override
    String none() {
        return "null";
    }

    @Override
    void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
