package ruleoflaw.ledger.cli.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import ruleoflaw.ledger.cli.json.Json;

/** What the gateway answered: status, headers (names in lower case) and body. */
public record Answer(int status, Map<String, String> headers, byte[] payload) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON; null (NullNode) if empty; the text itself (a TextNode) if it is not JSON. */
    public JsonNode json() {
        String text = text();
        if (text.isEmpty()) {
            return NullNode.getInstance();
        }
        try {
            return Json.parse(text);
        } catch (Json.InvalidJson e) {
            return TextNode.valueOf(text);
        }
    }

    /** The body as text (bytes that are not UTF-8 replaced). */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
