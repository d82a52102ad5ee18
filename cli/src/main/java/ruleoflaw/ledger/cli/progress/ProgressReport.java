package ruleoflaw.ledger.cli.progress;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.json.PythonNumbers;
import ruleoflaw.ledger.cli.gateway.GatewayAddress;

/**
 * Tells the gateway how an operation goes, for the dashboard page (PUT /api/dashboard/operations/ID), at most every
 * 2 s and when it ends; best effort: a report that fails is dropped, and after three failures no more are sent.
 */
public final class ProgressReport {

    private static final double EVERY = 2.0;
    private static final int LONGEST_LABEL = 200;
    private static final int FAILURES_TO_GIVE_UP = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final GatewayAddress address;
    private final String authorization;
    private final String path;
    private final String kind;
    private final String label;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private double last = Clock.NEVER;
    private int failures;

    /** {@code kind}: import or rebuild; {@code label}: what the page shows (its last 200 characters). */
    public ProgressReport(GatewayAddress address, String authorization, String kind, String label) {
        this.address = address;
        this.authorization = authorization;
        // unique per run; the page orders operations by when it heard of them, not by their ids
        this.path = "/api/dashboard/operations/" + kind + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        this.kind = kind;
        int length = label.codePointCount(0, label.length());
        this.label = label.substring(label.offsetByCodePoints(0, Math.max(0, length - LONGEST_LABEL)));
    }

    public void send(long done, long total, double rate, double eta, boolean finished) {
        double now = Clock.now();
        if (failures >= FAILURES_TO_GIVE_UP || (!finished && now - last < EVERY)) {
            return;
        }
        last = now;
        ObjectNode body = Json.nodes().objectNode().put("kind", kind).put("label", label).put("done", done)
                .put("total", total).put("rate", PythonNumbers.round(rate, 2))
                .put("eta", PythonNumbers.round(eta, 1)).put("finished", finished);
        HttpRequest request = HttpRequest.newBuilder(address.uri(path)).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Content-Type", "application/json; charset=utf-8")
                .PUT(BodyPublishers.ofByteArray(PythonJson.dumps(body).getBytes(StandardCharsets.UTF_8))).build();
        boolean ok;
        try {
            ok = client.send(request, BodyHandlers.discarding()).statusCode() < 300;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        failures = ok ? 0 : failures + 1;
    }
}
