package ruleoflaw.ledger.cli.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.Pause;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.Problems;
import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.json.PythonNumbers;

/**
 * Sends consecutive lines of one context and department in one request ({@code POST /api/<context>/ledger/lines}),
 * which the service writes in order, each as its single request (same checks, its id its Idempotency-Key and
 * Record-Id), and answers line by line. A line the service failed on for a moment (502/503/504) is sent again, with
 * the lines after it, for as long as the import waits for a service; a line it failed on otherwise is refused and the
 * rest sent again.
 */
final class BatchImport {

    /** The most lines in one batch, and the most bytes (well under the gateway's 8 MiB for a batch). */
    static final int MOST_LINES = 200;
    static final int MOST_BYTES = 4 * 1024 * 1024;
    private static final double LONGEST_BACKOFF = 8;

    /** How one line went: taken ({@code outcome}), or not ({@code notTaken}: Refused, Unavailable or NotSent). */
    record LineAnswer(LineImport.Outcome outcome, Exception notTaken) {
    }

    /** A line of a batch: as prepared, and as sent (with its type, id and of). */
    record Entry(LineImport.Prepared prepared, ObjectNode line, int bytes) {

        static Entry of(LineImport.Prepared prepared) {
            ObjectNode line = Json.nodes().objectNode().put("type", prepared.kind()).put("id", prepared.key());
            if (!prepared.of().isEmpty()) {
                line.put("of", prepared.of());
            }
            line.setAll(prepared.body());
            return new Entry(prepared, line, PythonJson.dumps(line).getBytes(StandardCharsets.UTF_8).length + 1);
        }
    }

    private final Gateway gateway;
    private final boolean strict;
    private final Consumer<String> say;

    /** {@code say}: a message (without "ledger: ") while it waits for a service. */
    BatchImport(Gateway gateway, boolean strict, Consumer<String> say) {
        this.gateway = gateway;
        this.strict = strict;
        this.say = say;
    }

    /**
     * Sends {@code entries} (one context's, one department's) to {@code batchPath}; answers how each went, in order
     * (strict: up to the first refused); null if the service takes no batches after all (404, 405).
     */
    List<LineAnswer> send(String batchPath, String acting, List<Entry> entries) {
        String context = entries.get(0).prepared().context();
        String target = DepartmentCode.at(batchPath, acting) + (strict ? (acting == null ? "?" : "&") + "strict=true" : "");
        List<LineAnswer> answers = new ArrayList<>();
        double waited = 0;
        double backoff = 1;
        int from = 0;
        while (from < entries.size()) {
            List<Entry> sent = entries.subList(from, entries.size());
            ArrayNode body = Json.nodes().arrayNode();
            sent.forEach(entry -> body.add(entry.line()));
            Answer answer = gateway.call("POST", target, body, Map.of());
            if (answer.status() == 404 || answer.status() == 405) {
                return answers.isEmpty() ? null : refuseAll(answers, sent, "POST " + batchPath, answer);
            }
            if (Gateway.TRANSIENT.contains(answer.status())) {
                answers.add(new LineAnswer(null, new Unavailable(context, answer.status(), gateway.waitSeconds(),
                        Problems.detail(answer.payload()))));
                sent.stream().skip(1).forEach(entry -> answers.add(new LineAnswer(null, new NotSent(context))));
                return answers;
            }
            if (answer.status() != 200) {
                return refuseAll(answers, sent, "POST " + batchPath, answer);
            }
            JsonNode results = answer.json().path("lines");
            if (!results.isArray() || results.size() != sent.size()) {
                throw new LedgerExit("ledger: POST " + batchPath + " answered without a result for each of its "
                        + sent.size() + " lines: " + answer.text());
            }
            int next = entries.size();
            for (int i = 0; i < results.size(); i++) {
                JsonNode result = results.get(i);
                int status = result.path("status").asInt();
                String outcome = result.path("outcome").asText();
                if (outcome.equals("recorded") || outcome.equals("present")) {
                    answers.add(new LineAnswer(outcome.equals("recorded") ? LineImport.Outcome.RECORDED
                            : LineImport.Outcome.PRESENT, null));
                    continue;
                }
                if (outcome.equals("failed") && Gateway.TRANSIENT.contains(status)) {
                    if (waited < gateway.waitSeconds()) {
                        double pause = Math.min(backoff, gateway.waitSeconds() - waited);
                        say.accept("waiting for " + context + ": " + status + " " + Problems.detail(result.path("problem"))
                                + " (retry in " + PythonNumbers.fixed(pause, 0) + " s; " + PythonNumbers.fixed(waited, 0)
                                + " of " + gateway.waitSeconds() + " s waited)");
                        Pause.seconds(pause);
                        waited += pause;
                        backoff = Math.min(backoff * 2, LONGEST_BACKOFF);
                        next = from + i;
                        break;
                    }
                    answers.add(new LineAnswer(null, new Unavailable(context, status, gateway.waitSeconds(),
                            Problems.detail(result.path("problem")))));
                    sent.stream().skip(i + 1L).forEach(entry -> answers.add(new LineAnswer(null, new NotSent(context))));
                    return answers;
                }
                String request = result.path("request").asText("");
                answers.add(new LineAnswer(null, new Refused(request.isEmpty()
                        ? Problems.detail(result.path("problem")) : request + " answered " + status,
                        result.path("problem"))));
                if (strict) {
                    return answers;
                }
                if (outcome.equals("failed")) {
                    next = from + i + 1; // the service tried no line after it: send them again
                    break;
                }
            }
            from = next;
        }
        return answers;
    }

    private static List<LineAnswer> refuseAll(List<LineAnswer> answers, List<Entry> sent, String request, Answer answer) {
        String acting = sent.get(0).prepared().acting();
        for (Entry entry : sent) {
            Refused refused;
            try {
                LineImport.notYours(answer, acting, request);
                refused = new Refused(request + " answered " + answer.status(), answer.json());
            } catch (Refused notYours) {
                refused = notYours;
            }
            answers.add(new LineAnswer(null, refused));
        }
        return answers;
    }
}
