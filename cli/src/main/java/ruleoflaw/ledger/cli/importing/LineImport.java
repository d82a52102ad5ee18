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
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.json.PythonText;

/**
 * Sends one line of a ledger file to where its type goes, its id both Idempotency-Key and Record-Id. A correction
 * or withdrawal without an expectedVersion is made against the record as it stands (read first). Every request of a
 * line acts for its department ({@code ?department=}): the line's {@code department}, else the import's, else none
 * (the user's own); a department that is not the user's is the gateway's 403, a refused line.
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
    private final String department;

    /** {@code department}: the one lines that name none act for; null: the user's own. */
    LineImport(Gateway gateway, RecordTypes types, String department) {
        this.gateway = gateway;
        this.types = types;
        this.department = department;
    }

    /** The contexts that stayed away when asked which lines they take. */
    List<Unavailable> awayFromTheStart() {
        return types.away();
    }

    /**
     * A line made ready to send: its type, id ({@code key}), the record it changes ({@code of}, or empty), the
     * department it acts for (null: the user's), where it goes and the body sent there (its REST body, without
     * {@code type}, {@code id}, {@code of} and {@code department}).
     */
    record Prepared(String kind, String key, String of, String acting, String path, String context, ObjectNode body) {
    }

    /** {@code away}: the contexts given up on earlier in this import. */
    Outcome send(ObjectNode line, Set<String> away) throws Refused, Unavailable, NotSent {
        return send(prepare(line, away));
    }

    /**
     * Checks what the import itself can of {@code line} (its type, id, department, record) and finds where it goes;
     * {@code away}: the contexts given up on earlier in this import.
     */
    Prepared prepare(ObjectNode line, Set<String> away) throws Refused, NotSent {
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
        String acting = departmentOf(record.remove("department"));
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
        return new Prepared(kind, key, of, acting, path, context, record);
    }

    /** Sends a line made ready, as the single request of its own. */
    Outcome send(Prepared line) throws Refused, Unavailable {
        ObjectNode record = line.body().deepCopy();
        String kind = line.kind();
        String key = line.key();
        String of = line.of();
        String acting = line.acting();
        String path = line.path();
        String context = line.context();
        String method = "POST";
        boolean withdrawal = kind.endsWith(".withdrawal");
        if (kind.endsWith(".correction") || withdrawal) {
            JsonNode expected = record.get("expectedVersion");
            if (expected == null || expected.isNull()) {
                record.set("expectedVersion", currentVersion(kind, of, path, context, acting));
            }
            method = withdrawal ? "POST" : "PUT";
        }
        String sentTo = DepartmentCode.at(path, acting);
        Answer answer = gateway.call(method, sentTo, record, Map.of("Idempotency-Key", key, "Record-Id", key));
        if (keyReused(answer)) {
            if (of.isEmpty()) {
                answer = gateway.call(method, sentTo, record, Map.of("Record-Id", key));
            } else if (changedWith(key, recordPathOf(path, of), context, acting)) {
                return Outcome.PRESENT;
            }
        }
        JsonNode body = answer.json();
        if (Gateway.TRANSIENT.contains(answer.status())) {
            throw new Unavailable(context, answer.status(), gateway.waitSeconds(), Problems.detail(body));
        }
        notYours(answer, acting, method + " " + path);
        if (answer.ok()) {
            boolean present = "true".equals(answer.header("Idempotent-Replayed"))
                    || "true".equals(answer.header("Record-Already-Present"));
            return present ? Outcome.PRESENT : Outcome.RECORDED;
        }
        // a 409 is a conflict to report: the id holds another record (of this type with other details, or of
        // another kind)
        throw new Refused(method + " " + path + " answered " + answer.status(), body);
    }

    /** The department a line acts for: its own {@code department} (a code, or refused), else the import's. */
    private String departmentOf(JsonNode named) throws Refused {
        if (named == null || named.isNull()) {
            return department;
        }
        if (!named.isTextual() || !DepartmentCode.isCode(named.textValue())) {
            throw new Refused("\"department\" must be a department's code, " + DepartmentCode.RULE + ", not "
                    + PythonJson.dumps(named));
        }
        return named.textValue();
    }

    /** A 403 of the gateway for a department the user does not act for: the line is refused, saying so. */
    static void notYours(Answer answer, String acting, String request) throws Refused {
        if (answer.status() == 403 && acting != null && Problems.detail(answer.payload()).contains("not yours")) {
            throw new Refused("department " + acting + " is not yours (" + request + " answered 403)", answer.json());
        }
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
    private boolean changedWith(String key, String recordPath, String context, String acting) throws Unavailable {
        Answer answer = gateway.call("GET", DepartmentCode.at(recordPath + "/history", acting));
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

    private JsonNode currentVersion(String kind, String of, String path, String context, String acting)
            throws Refused, Unavailable {
        String recordPath = recordPath(path);
        Answer answer = gateway.call("GET", DepartmentCode.at(recordPath, acting));
        JsonNode current = answer.json();
        if (Gateway.TRANSIENT.contains(answer.status())) {
            throw new Unavailable(context, answer.status(), gateway.waitSeconds(), Problems.detail(current));
        }
        notYours(answer, acting, "GET " + recordPath);
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
