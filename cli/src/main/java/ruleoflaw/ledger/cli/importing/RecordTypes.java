package ruleoflaw.ledger.cli.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.Problems;

/**
 * The line types of the ledger format and where the gateway takes each, as the contexts tell
 * ({@code GET /api/<context>/ledger/types}): a type's REST path, a lifecycle step's with {@code {of}} in it;
 * corrections and withdrawals derive from their record's path; and where a context takes lines in batches, if it says
 * ({@code "lines"}). A context that stays away when asked is kept with why: its lines are not sent.
 */
final class RecordTypes {

    private static final String OF = "{of}";
    private static final String CORRECTION = ".correction";
    private static final String WITHDRAWAL = ".withdrawal";

    private final Map<String, String> paths;
    private final Map<String, String> batchPaths;
    private final List<Unavailable> away;

    private RecordTypes(Map<String, String> paths, Map<String, String> batchPaths, List<Unavailable> away) {
        this.paths = paths;
        this.batchPaths = batchPaths;
        this.away = away;
    }

    /** Asks each of {@code contexts} through {@code gateway}, waiting for one that is away as long as for a line. */
    static RecordTypes ask(Gateway gateway, List<String> contexts) {
        Map<String, String> paths = new LinkedHashMap<>();
        Map<String, String> batchPaths = new LinkedHashMap<>();
        List<Unavailable> away = new ArrayList<>();
        for (String context : contexts) {
            String path = "/api/" + context + "/ledger/types";
            Answer answer = gateway.call("GET", path);
            if (Gateway.TRANSIENT.contains(answer.status())) {
                away.add(new Unavailable(context, answer.status(), gateway.waitSeconds(), Problems.detail(answer.payload())));
                continue;
            }
            JsonNode types = answer.status() == 200 ? answer.json().path("types") : null;
            if (types == null || !types.isObject()) {
                throw new LedgerExit("ledger: asking " + context + " which lines it takes failed: GET " + path
                        + " answered " + answer.status() + ": " + Problems.detail(answer.payload()));
            }
            types.properties().forEach(type -> paths.put(type.getKey(), type.getValue().asText()));
            JsonNode lines = answer.json().path("lines");
            if (lines.isTextual() && lines.textValue().startsWith("/api/" + context + "/")) {
                batchPaths.put(context, lines.textValue());
            }
        }
        return new RecordTypes(paths, batchPaths, List.copyOf(away));
    }

    /** Where {@code context} takes lines in batches, or null (a service that does not: one request per line). */
    String batchPath(String context) {
        return batchPaths.get(context);
    }

    /** From now on {@code context}'s lines are sent one by one (it turned out not to take batches). */
    void oneByOne(String context) {
        batchPaths.remove(context);
    }

    /** The contexts that stayed away when asked, and why. */
    List<Unavailable> away() {
        return away;
    }

    /**
     * Where a line of type {@code kind} goes; {@code of} names its record (a step, a correction, a withdrawal). A type
     * no context named is refused, or not sent while a context is away (it may be that context's).
     */
    RecordPath pathOf(String kind, String of) throws Refused, NotSent {
        String quoted = PathSegment.quote(of);
        String path = paths.get(kind);
        if (path != null) {
            return new RecordPath(path.replace(OF, quoted), path.contains(OF));
        }
        for (String suffix : new String[] {CORRECTION, WITHDRAWAL}) {
            String base = kind.substring(0, Math.max(0, kind.length() - suffix.length()));
            String record = kind.endsWith(suffix) ? paths.get(base) : null;
            if (record != null && !record.contains(OF)) {
                return new RecordPath(record + "/" + quoted + (suffix.equals(WITHDRAWAL) ? "/withdrawal" : ""), true);
            }
        }
        if (!away.isEmpty()) {
            throw new NotSent(away.get(0).context());
        }
        throw new Refused("unknown type '" + kind + "' (known: " + String.join(", ", new TreeSet<>(paths.keySet()))
                + ", and <record type>.correction / .withdrawal)");
    }

    /** A REST path, and whether it needs the line's "of". */
    record RecordPath(String path, boolean needsOf) {
    }
}
