package ruleoflaw.ledger.cli.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Reads JSON as the Python importer did ({@code json.loads}): one value and nothing after it; NaN and Infinity
 * accepted; a key given twice keeps its first place and its last value.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The value {@code text} holds; {@link InvalidJson} (saying where) if it holds none. */
    public static JsonNode parse(String text) throws InvalidJson {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidJson(describe(e));
        }
    }

    public static JsonNodeFactory nodes() {
        return MAPPER.getNodeFactory();
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String what = e.getOriginalMessage();
        if (where == null) {
            return what;
        }
        return what + ": line " + where.getLineNr() + " column " + where.getColumnNr()
                + " (char " + where.getCharOffset() + ")";
    }

    /** Text that is not one JSON value; the message says why and where. */
    public static final class InvalidJson extends Exception {

        InvalidJson(String message) {
            super(message);
        }
    }
}
