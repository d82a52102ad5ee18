package ruleoflaw.ledger.cli.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway on a free port of 127.0.0.1 that answers each request as the test says, and remembers what it was sent.
 * Progress reports to the dashboard (PUT /api/dashboard/operations/...) are answered 204 and kept apart, and so are
 * the questions which lines a context takes (GET /api/CONTEXT/ledger/types), answered as {@link ContextTypes} says
 * unless the test says otherwise ({@link #types}).
 */
public final class FakeGateway implements AutoCloseable {

    /** A request as the gateway received it. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        public String target() {
            return method + " " + path;
        }
    }

    /** An answer: status, headers, body (JSON or not). */
    public record Reply(int status, Map<String, String> headers, String body) {

        public static Reply of(int status, String body) {
            return new Reply(status, Map.of(), body);
        }

        public static Reply problem(int status, String detail) {
            return new Reply(status, Map.of("Content-Type", "application/problem+json"),
                    "{\"type\":\"about:blank\",\"title\":\"Problem\",\"status\":" + status + ",\"detail\":\"" + detail
                            + "\"}");
        }

        public Reply with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Reply(status, more, body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Request> reports = new CopyOnWriteArrayList<>();
    private final List<Request> typeQuestions = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> types = ContextTypes::answer;

    public FakeGateway(Function<Request, Reply> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, answer));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests answered by the test's function, in order. */
    public List<Request> requests() {
        return requests;
    }

    /** The progress reports sent to the dashboard. */
    public List<Request> reports() {
        return reports;
    }

    /** The questions which lines a context takes, in order. */
    public List<Request> typeQuestions() {
        return typeQuestions;
    }

    /** Answers the questions which lines a context takes so. */
    public FakeGateway types(Function<Request, Reply> answer) {
        types = answer;
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        return headers;
    }

    private void handle(HttpExchange exchange, Function<Request, Reply> answer) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                headers(exchange), body);
        Reply reply;
        if (request.path().startsWith("/api/dashboard/operations/")) {
            reports.add(request);
            reply = Reply.of(204, "");
        } else if (request.target().matches("GET /api/[^/]+/ledger/types")) {
            typeQuestions.add(request);
            reply = types.apply(request);
        } else {
            requests.add(request);
            try {
                reply = answer.apply(request);
            } catch (RuntimeException e) {
                reply = Reply.of(500, "\"the test's gateway failed: " + e + "\"");
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach(exchange.getResponseHeaders()::add);
        if (!reply.headers().containsKey("Content-Type") && !reply.body().isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
