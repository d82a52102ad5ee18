package ruleoflaw.ledger.cli.gateway;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.cli.Interruption;
import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.Pause;
import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.json.PythonNumbers;

/**
 * The gateway, as one user, over one kept-alive HTTP/1.1 connection. Waits out 429s (the rate limit); retries a
 * service that is away (502/503/504) with back-off (1, 2, 4, 8 s, or its Retry-After) for at most
 * {@code LEDGER_IMPORT_WAIT} seconds in all, saying what it waits for, then returns that answer.
 */
public final class Gateway {

    public static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    private static final String ACCEPT = "application/json, application/problem+json, application/x-ndjson";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final double LONGEST_BACKOFF = 8;
    private static final int GIVE_UP_UNANSWERED = 60;

    private final GatewayAddress address;
    private final String authorization;
    private final int waitSeconds;
    private final Consumer<String> say;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).executor(Runnable::run).build();

    /** {@code say}: a message (without "ledger: ") while it waits. */
    public Gateway(GatewayAddress address, Credentials credentials, int waitSeconds, Consumer<String> say) {
        this.address = address;
        this.authorization = credentials.authorization();
        this.waitSeconds = waitSeconds;
        this.say = say;
    }

    public int waitSeconds() {
        return waitSeconds;
    }

    public Answer call(String method, String path) {
        return call(method, path, null, Map.of());
    }

    /** {@code body}: sent as JSON (null: no body). */
    public Answer call(String method, String path, JsonNode body, Map<String, String> headers) {
        byte[] data = body == null ? null : PythonJson.dumps(body).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = request(method, path, data, headers);
        double waited = 0;
        double backoff = 1;
        while (true) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (waited >= GIVE_UP_UNANSWERED) {
                    throw new LedgerExit("ledger: the gateway at " + address + " does not answer (" + describe(e)
                            + "); is the suite running? (bin/suite status)");
                }
                Pause.seconds(1);
                waited += 1;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerExit(Interruption.MESSAGE);
            }
            int status = response.statusCode();
            if (status == 429) {
                Pause.seconds(retryAfter(response, 1));
                continue;
            }
            if (TRANSIENT.contains(status) && waited < waitSeconds) {
                double pause = Math.min(Math.max(retryAfter(response, 0), backoff), waitSeconds - waited);
                say.accept("waiting for " + contextOf(path) + ": " + status + " " + Problems.detail(response.body())
                        + " (retry in " + PythonNumbers.fixed(pause, 0) + " s; " + PythonNumbers.fixed(waited, 0)
                        + " of " + waitSeconds + " s waited)");
                Pause.seconds(pause);
                waited += pause;
                backoff = Math.min(backoff * 2, LONGEST_BACKOFF);
                continue;
            }
            return new Answer(status, headers(response), response.body());
        }
    }

    /** The context a path belongs to: /api/CONTEXT/... */
    public static String contextOf(String path) {
        return path.startsWith("/api/") ? path.split("/", -1)[2] : "the gateway";
    }

    private HttpRequest request(String method, String path, byte[] data, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.uri(path)).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", ACCEPT);
        if (data != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        headers.forEach(request::header);
        return request.method(method, data == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(data))
                .build();
    }

    private static double retryAfter(HttpResponse<?> response, double otherwise) {
        String value = response.headers().firstValue("Retry-After").orElse("");
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Math.max(0, Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(values.size() - 1));
            }
        });
        return headers;
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
