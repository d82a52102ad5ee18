package ruleoflaw.ledger.cli.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.json.PythonText;

/** What went wrong, in one line, from a problem body (RFC 9457): its detail, else its title, else the body. */
public final class Problems {

    private static final int LONGEST = 200;

    private Problems() {
    }

    public static String detail(byte[] payload) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(payload)).toString();
            JsonNode body = Json.parse(text);
            if (body.isObject()) {
                return of(body);
            }
        } catch (CharacterCodingException | Json.InvalidJson e) {
            // not a JSON object: the text itself
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int end = text.offsetByCodePoints(0, Math.min(LONGEST, text.codePointCount(0, text.length())));
        return text.isEmpty() ? "(no body)" : text.substring(0, end);
    }

    /** The detail of an answer already read as JSON (written back as bin/ledger did, in ASCII). */
    public static String detail(JsonNode answer) {
        return detail(PythonJson.dumpsAscii(answer).getBytes(StandardCharsets.UTF_8));
    }

    private static String of(JsonNode body) {
        for (String name : new String[] {"detail", "title"}) {
            if (PythonText.truthy(body.get(name))) {
                return PythonText.str(body.get(name));
            }
        }
        return PythonText.str(body);
    }
}
