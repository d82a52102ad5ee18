package ruleoflaw.ledger.cli.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.Problems;
import ruleoflaw.ledger.cli.json.PythonText;

/**
 * Sends one line of a ledger file to where its type goes, its id both Idempotency-Key and Record-Id. A correction
 * or withdrawal without an expectedVersion is made against the record as it stands (read first).
 * <p>
 * A line sent again with other bytes than the first time — as an export writes it (normalised), or a correction
 * against the version its record has now — finds its key already used (422). A record's line is then sent again by
 * its Record-Id alone, which the service answers by what it states: already present, or another record (409). A
 * line that changes a record (step, correction, withdrawal) is already present if that record's history has a
 * change made with its id.
 */
final class LineImport {

    /** How a line that was taken went. */
    enum Outcome { RECORDED, PRESENT }

    private final Gateway gateway;
    private final RecordTypes types;

    LineImport(Gateway gateway, RecordTypes types) {
        this.gateway = gateway;
        this.types = types;
    }

    /** The contexts that stayed away when asked which lines they take. */
    List<Unavailable> awayFromTheStart() {
        return types.away();
    }

    /** {@code away}: the contexts given up on earlier in this import. */
    Outcome send(ObjectNode line, Set<String> away) throws Refused, Unavailable, NotSent {
        ObjectNode record = line.deepCopy();
        JsonNode kindNode = record.remove("type");
        JsonNode keyNode = record.remove("id");
        if (kindNode == null || !kindNode.isTextual() || kindNode.textValue().isEmpty()) {
            throw new Refused("the line has no \"type\"");
        }
        if (keyNode == null || !keyNode.isTextual() || keyNode.textValue().isEmpty()) {
            throw new Refused("the line has no \"id\"");
        }
        String kind = kindNode.textValue();
        String key = keyNode.textValue();
        JsonNode ofNode = record.remove("of");
        String of = PythonText.truthy(ofNode) ? PythonText.str(ofNode) : "";
        RecordTypes.RecordPath target = types.pathOf(kind, of);
        String path = target.path();
        if (target.needsOf() && of.isEmpty()) {
            throw new Refused("a " + kind + " line names its record in \"of\"");
        }
        String context = Gateway.contextOf(path);
        if (away.contains(context)) {
            throw new NotSent(context);
        }
        String method = "POST";
        boolean withdrawal = kind.endsWith(".withdrawal");
        if (kind.endsWith(".correction") || withdrawal) {
            JsonNode expected = record.get("expectedVersion");
            if (expected == null || expected.isNull()) {
                record.set("expectedVersion", currentVersion(kind, of, path, context));
            }
            method = withdrawal ? "POST" : "PUT";
        }
        Answer answer = gateway.call(method, path, record, Map.of("Idempotency-Key", key, "Record-Id", key));
        if (keyReused(answer)) {
            if (of.isEmpty()) {
                answer = gateway.call(method, path, record, Map.of("Record-Id", key));
            } else if (changedWith(key, recordPathOf(path, of), context)) {
                return Outcome.PRESENT;
            }
        }
        JsonNode body = answer.json();
        if (Gateway.TRANSIENT.contains(answer.status())) {
            throw new Unavailable(context, answer.status(), gateway.waitSeconds(), Problems.detail(body));
        }
        if (answer.ok()) {
            boolean present = "true".equals(answer.header("Idempotent-Replayed"))
                    || "true".equals(answer.header("Record-Already-Present"));
            return present ? Outcome.PRESENT : Outcome.RECORDED;
        }
        // a 409 is a conflict to report: the id holds another record (of this type with other details, or of
        // another kind)
        throw new Refused(method + " " + path + " answered " + answer.status(), body);
    }

    private static boolean keyReused(Answer answer) {
        return answer.status() == 422 && "Idempotency-Key reused".equals(answer.json().path("title").asText());
    }

    /** The path of the record {@code of} names, from the path of a line that changes it. */
    private static String recordPathOf(String path, String of) {
        String segment = "/" + PathSegment.quote(of);
        int at = path.indexOf(segment + "/");
        return at >= 0 ? path.substring(0, at + segment.length()) : path;
    }

    /** Whether a change of the record at {@code recordPath} was made with the Idempotency-Key {@code key}. */
    private boolean changedWith(String key, String recordPath, String context) throws Unavailable {
        Answer answer = gateway.call("GET", recordPath + "/history");
        if (Gateway.TRANSIENT.contains(answer.status())) {
            throw new Unavailable(context, answer.status(), gateway.waitSeconds(), Problems.detail(answer.json()));
        }
        if (answer.status() != 200 || !answer.json().isArray()) {
            return false;
        }
        for (JsonNode change : answer.json()) {
            if (key.equals(change.path("idempotencyKey").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private static String recordPath(String path) {
        return path.endsWith("/withdrawal") ? path.substring(0, path.length() - "/withdrawal".length()) : path;
    }

    private JsonNode currentVersion(String kind, String of, String path, String context) throws Refused, Unavailable {
        String recordPath = recordPath(path);
        Answer answer = gateway.call("GET", recordPath);
        JsonNode current = answer.json();
        if (Gateway.TRANSIENT.contains(answer.status())) {
            throw new Unavailable(context, answer.status(), gateway.waitSeconds(), Problems.detail(current));
        }
        if (answer.status() != 200) {
            throw new Refused(kind + ": no record " + of + " to change (GET answered " + answer.status() + ")",
                    current);
        }
        JsonNode version = current.get("version");
        if (version == null) {
            throw new LedgerExit("ledger: GET " + recordPath + " answered without a \"version\": " + answer.text());
        }
        return version;
    }
}
