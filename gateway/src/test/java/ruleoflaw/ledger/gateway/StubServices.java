package ruleoflaw.ledger.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.sun.net.httpserver.HttpServer;

/**
 * Real HTTP servers standing in for the five services behind the gateway: each answers with its name and
 * remembers the last request it got (not its actuator's), so tests see what the gateway forwards; its actuator answers health UP (and
 * the reporting service's metrics a projection lag); a path ending in {@code /slow} takes {@link #SLOW}. {@code outreach} is left
 * stopped, to play a service that is down.
 */
public final class StubServices {

    /** @param cookie the request's {@code Cookie} header (none: the gateway keeps a browser's cookies to itself) */
    public record Seen(String method, String uri, String requestId, String authorization, int bodyLength, String cookie) {
    }

    static final List<String> RUNNING = List.of("study", "litigation", "disclosure", "reporting");
    public static final double REPORTING_LAG = 3.0;
    static final Map<String, Seen> lastSeen = new ConcurrentHashMap<>();
    private static final Map<String, HttpServer> servers = new ConcurrentHashMap<>();

    /** How long a path ending in {@code /slow} takes to answer. */
    static final java.time.Duration SLOW = java.time.Duration.ofMillis(500);

    private StubServices() {
    }

    /** The last request {@code context}'s service got, or null. */
    public static Seen seenLast(String context) {
        return lastSeen.get(context);
    }

    /** Forgets what {@code context}'s service got, to tell whether the next request reaches it. */
    public static void forget(String context) {
        lastSeen.remove(context);
    }

    private static void pause(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static synchronized void register(DynamicPropertyRegistry registry) throws IOException {
        for (String context : RUNNING) {
            HttpServer server = servers.computeIfAbsent(context, StubServices::start);
            registry.add("LEDGER_" + context.toUpperCase() + "_URI", () -> "http://127.0.0.1:" + server.getAddress().getPort());
        }
        registry.add("LEDGER_OUTREACH_URI", () -> "http://127.0.0.1:" + closedPort());
    }

    private static HttpServer start(String context) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] received = exchange.getRequestBody().readAllBytes();
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    pause(SLOW);
                }
                String path = exchange.getRequestURI().getPath();
                // the gateway's health checks come every few seconds, and are not what a test sent
                if (!path.startsWith("/actuator/")) {
                    lastSeen.put(context, new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                            exchange.getRequestHeaders().getFirst("X-Request-Id"),
                            exchange.getRequestHeaders().getFirst("Authorization"), received.length,
                            exchange.getRequestHeaders().getFirst("Cookie")));
                }
                boolean metrics = path.equals("/actuator/prometheus");
                byte[] body = (metrics ? metrics(context)
                        : path.equals("/actuator/health") ? "{\"status\":\"UP\",\"service\":\"" + context + "\"}"
                        : "{\"service\":\"" + context + "\",\"学\":\"法\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", metrics ? "text/plain; version=0.0.4" : "application/json");
                // like every ledger service, it answers with the request id it was given
                if (exchange.getRequestHeaders().containsKey("X-Request-Id")) {
                    exchange.getResponseHeaders().set("X-Request-Id", exchange.getRequestHeaders().getFirst("X-Request-Id"));
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(64, task -> { // many at once, as Tomcat
                Thread thread = new Thread(task, "stub-" + context);
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reporting service's projections lag by {@link #REPORTING_LAG} events; the others have no such gauge. */
    private static String metrics(String context) {
        return !context.equals("reporting") ? "# no gauges\n"
                : "# HELP ledger_processor_lag events not yet handled\n# TYPE ledger_processor_lag gauge\n"
                        + "ledger_processor_lag{application=\"reporting-service\",processor=\"ledger-records\"} "
                        + REPORTING_LAG + "\nledger_processor_lag{application=\"reporting-service\",processor=\"annual-reports\"} 0.0\n";
    }

    private static int closedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
