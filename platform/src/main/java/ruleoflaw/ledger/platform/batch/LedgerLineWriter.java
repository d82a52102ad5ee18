package ruleoflaw.ledger.platform.batch;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.idempotency.IdempotencyFilter;
import ruleoflaw.ledger.platform.ledger.LedgerTypes;
import ruleoflaw.ledger.platform.batch.LineResult.Outcome;
import ruleoflaw.ledger.platform.record.RecordIds;
import ruleoflaw.ledger.platform.record.RecordResource;

/**
 * Writes one line of the ledger format (docs/ledger-format.md) as {@code bin/suite import} sends it on its own: to
 * its type's path, its id both Idempotency-Key and Record-Id; a correction or withdrawal without
 * {@code expectedVersion} against the record as it stands. A line sent again with other bytes than the first time
 * (normalised by an export) finds its key used: a record's line is then sent by its Record-Id alone, which answers
 * whether the same record is present; a change is present if its record's history has a change made with its id.
 */
final class LedgerLineWriter {

    private static final String CORRECTION = ".correction";
    private static final String WITHDRAWAL = ".withdrawal";
    private static final String INVALID_RECORD = "urn:ledger:problem:invalid-record";

    private final LedgerTypes types;
    private final LineDispatcher dispatcher;
    private final Departments departments;
    private final ObjectMapper json;

    LedgerLineWriter(LedgerTypes types, LineDispatcher dispatcher, Departments departments, ObjectMapper json) {
        this.types = types;
        this.dispatcher = dispatcher;
        this.departments = departments;
        this.json = json;
    }

    /** A line refused before it became a request: 400 naming {@code field}. */
    private static final class LineRefused extends Exception {

        private final String field;

        LineRefused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** Writes {@code line}, the {@code index}th of the batch, as the batch's caller, for the batch's department. */
    LineResult write(HttpServletRequest batch, int index, JsonNode line) {
        String id = line != null && line.path("id").isTextual() ? line.path("id").textValue() : null;
        try {
            return send(batch, index, line);
        } catch (LineRefused refused) {
            return new LineResult(index, id, null, 400, Outcome.REFUSED, invalid(refused.field, refused.getMessage()));
        }
    }

    private LineResult send(HttpServletRequest batch, int index, JsonNode line) throws LineRefused {
        if (line == null || !line.isObject()) {
            throw new LineRefused("lines[" + index + "]", "a line is a JSON object");
        }
        ObjectNode body = ((ObjectNode) line).deepCopy();
        String kind = text(body.remove("type"), "type");
        String id = text(body.remove("id"), "id");
        JsonNode stated = body.remove("department");
        String acting = departments.current();
        if (stated != null && !stated.isNull() && !(stated.isTextual() && stated.textValue().equals(acting))) {
            throw new LineRefused("department", "this batch acts for department " + acting
                    + "; send the lines of another department in a batch of their own (?department=CODE)");
        }
        JsonNode ofNode = body.remove("of");
        String of = ofNode == null || ofNode.isNull() ? "" : ofNode.asText();
        if (!of.isEmpty()) {
            try {
                RecordIds.chosenOrNew(of);
            } catch (InvalidFieldException e) {
                throw new LineRefused("of", e.getMessage());
            }
        }
        if (of.isEmpty()) {
            // a line that makes a record names it; a later step's id (an export's <record>@<version>) is its key only
            try {
                RecordIds.chosenOrNew(id);
            } catch (InvalidFieldException e) {
                throw new LineRefused("id", e.getMessage());
            }
        }
        Target target = target(kind, of);
        if (target.needsOf && of.isEmpty()) {
            throw new LineRefused("of", "a " + kind + " line names its record in \"of\"");
        }
        String named = batch.getParameter(Departments.PARAMETER);
        Map<String, String> query = named == null ? Map.of() : Map.of(Departments.PARAMETER, named);
        String method = kind.endsWith(CORRECTION) ? "PUT" : "POST";
        String request = method + " " + target.path;
        if (kind.endsWith(CORRECTION) || kind.endsWith(WITHDRAWAL)) {
            JsonNode expected = body.get("expectedVersion");
            if (expected == null || expected.isNull()) {
                String recordPath = recordPath(target.path, of);
                LineDispatcher.Answer current = dispatcher.dispatch(batch, "GET", recordPath, query, Map.of(), null);
                if (current.status() != 200 || !parse(current.body()).has("version")) {
                    return result(index, id, "GET " + recordPath, current,
                            current.ok() ? Outcome.FAILED : outcomeOfFailure(current.status()));
                }
                body.set("expectedVersion", parse(current.body()).get("version"));
            }
        }
        byte[] bytes = bytes(body);
        Map<String, String> headers = new HashMap<>(Map.of(IdempotencyFilter.HEADER, id, RecordIds.HEADER, id));
        LineDispatcher.Answer answer = dispatcher.dispatch(batch, method, target.path, query, headers, bytes);
        if (keyReused(answer)) {
            if (of.isEmpty()) {
                answer = dispatcher.dispatch(batch, method, target.path, query, Map.of(RecordIds.HEADER, id), bytes);
            } else if (changedWith(batch, id, recordPath(target.path, of), query)) {
                return new LineResult(index, id, request, 200, Outcome.PRESENT, null);
            }
        }
        if (answer.ok()) {
            boolean present = "true".equals(answer.header("Idempotent-Replayed"))
                    || "true".equals(answer.header(RecordResource.ALREADY_PRESENT));
            return new LineResult(index, id, request, answer.status(), present ? Outcome.PRESENT : Outcome.RECORDED,
                    null);
        }
        return result(index, id, request, answer, outcomeOfFailure(answer.status()));
    }

    private static Outcome outcomeOfFailure(int status) {
        return status >= 500 ? Outcome.FAILED : Outcome.REFUSED;
    }

    private LineResult result(int index, String id, String request, LineDispatcher.Answer answer, Outcome outcome) {
        JsonNode problem = parse(answer.body());
        if (problem.isMissingNode() || !problem.isObject()) {
            ObjectNode made = json.createObjectNode().put("title", HttpStatus.valueOf(answer.status()).getReasonPhrase())
                    .put("status", answer.status());
            if (answer.errorMessage() != null) {
                made.put("detail", answer.errorMessage());
            }
            problem = made;
        }
        return new LineResult(index, id, request, answer.status(), outcome, problem);
    }

    private record Target(String path, boolean needsOf) {
    }

    /** Where a line of type {@code kind} goes in this service; {@code of} names its record. */
    private Target target(String kind, String of) throws LineRefused {
        String quoted = UriUtils.encodePathSegment(of, StandardCharsets.UTF_8);
        Map<String, String> paths = types.paths();
        String path = paths.get(kind);
        if (path != null) {
            return new Target(decoded(path.replace(LedgerTypes.OF, quoted)), path.contains(LedgerTypes.OF));
        }
        for (String suffix : new String[] {CORRECTION, WITHDRAWAL}) {
            String record = kind.endsWith(suffix) ? paths.get(kind.substring(0, kind.length() - suffix.length())) : null;
            if (record != null && !record.contains(LedgerTypes.OF)) {
                return new Target(decoded(record + "/" + quoted + (suffix.equals(WITHDRAWAL) ? "/withdrawal" : "")),
                        true);
            }
        }
        throw new LineRefused("type", "this service takes no line of type '" + kind + "' (it takes: "
                + String.join(", ", new TreeSet<>(paths.keySet())) + ", and <record type>.correction / .withdrawal)");
    }

    /** A path as the servlet sees it: decoded (the request gives it encoded). */
    private static String decoded(String path) {
        return UriUtils.decode(path, StandardCharsets.UTF_8);
    }

    /** The path of the record {@code of} names, from the path of a line that changes it. */
    private static String recordPath(String path, String of) {
        String segment = "/" + of;
        int at = path.indexOf(segment + "/");
        return at >= 0 ? path.substring(0, at + segment.length()) : path;
    }

    /** Whether a change of the record at {@code recordPath} was made with the Idempotency-Key {@code key}. */
    private boolean changedWith(HttpServletRequest batch, String key, String recordPath, Map<String, String> query) {
        LineDispatcher.Answer answer = dispatcher.dispatch(batch, "GET", recordPath + "/history", query, Map.of(), null);
        if (answer.status() != 200) {
            return false;
        }
        for (JsonNode change : parse(answer.body())) {
            if (key.equals(change.path("idempotencyKey").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private static boolean keyReused(LineDispatcher.Answer answer) {
        return answer.status() == 422 && answer.body() != null
                && new String(answer.body(), StandardCharsets.UTF_8).contains("\"Idempotency-Key reused\"");
    }

    private static String text(JsonNode node, String field) throws LineRefused {
        if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
            throw new LineRefused(field, "a line has its \"" + field + "\" (text)");
        }
        return node.textValue();
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            return json.missingNode();
        }
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode invalid(String field, String message) {
        ObjectNode problem = json.createObjectNode().put("type", INVALID_RECORD).put("title", "Invalid record")
                .put("status", 400).put("detail", field + ": " + message);
        problem.putArray("errors").addObject().put("field", field).put("message", message);
        return problem;
    }
}
