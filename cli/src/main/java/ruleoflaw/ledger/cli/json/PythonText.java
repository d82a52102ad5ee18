package ruleoflaw.ledger.cli.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON values as bin/ledger printed them in its messages: Python's {@code str} and {@code repr} of what
 * {@code json.loads} made of them ({@code {'detail': 'x', 'status': 409}}, True, None), and whether Python counts
 * them as true.
 */
public final class PythonText extends ValueWriter {

    private static final PythonText REPR = new PythonText();

    private PythonText() {
    }

    /** {@code str(value)}: a string as it is, anything else as {@link #repr}. */
    public static String str(JsonNode value) {
        return value != null && value.isTextual() ? value.textValue() : repr(value);
    }

    public static String repr(JsonNode value) {
        return REPR.write(value);
    }

    /** Python's truth: not None, False, 0, "" or empty. */
    public static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }

    @Override
    String floating(double x) {
        return PythonNumbers.repr(x);
    }

    @Override
    String bool(boolean value) {
        return value ? "True" : "False";
    }

    @Override
    String none() {
        return "None";
    }

    @Override
    void string(String text, StringBuilder out) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (printable(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        out.append(quote);
    }

    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
