package ruleoflaw.ledger.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import ruleoflaw.ledger.bench.Latencies;
import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;
import ruleoflaw.ledger.bench.signing.SignedAssertions;

/**
 * C clients, each on its own thread, POST new study sessions (fresh Idempotency-Key each) for a 5 s warm-up and
 * then S measured seconds: through the gateway as recorder (HTTP Basic), or straight to study-service with an
 * identity assertion of the recorder signed with the suite's key. Sessions are of 2014, outside the years the reads
 * and the generator look at.
 */
public final class LoadRun {

    /** Through the gateway, straight to study-service, or through the gateway to two study-service instances. */
    public enum Mode {
        GATEWAY("gateway"), DIRECT("direct"), GATEWAY_TWO_INSTANCES("gateway2");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    static final int WARM_UP_SECONDS = 5;
    private static final String PATH = "/api/study/sessions";
    private static final String[] LAWS = {"中华人民共和国宪法", "中华人民共和国行政复议法", "中华人民共和国科学技术进步法",
            "中华人民共和国政府信息公开条例", "中华人民共和国行政诉讼法", "优化营商环境条例"};

    private final Suite suite;
    private final Results results;
    private final SignedAssertions assertions;

    /** {@code assertions}: the recorder's, for the run straight to study-service. */
    public LoadRun(Suite suite, Results results, SignedAssertions assertions) {
        this.suite = suite;
        this.results = results;
        this.assertions = assertions;
    }

    public void run(Mode how, int clients, int seconds) throws Exception {
        String mode = how.key();
        String basic = suite.basic("recorder");
        String url = (how == Mode.DIRECT ? "http://127.0.0.1:8081" : Suite.GATEWAY) + PATH;
        Supplier<String> authorization = how == Mode.DIRECT ? assertions::bearer : () -> basic;
        HttpClient http = Suite.http();

        long headBefore = suite.eventStoreHead();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(WARM_UP_SECONDS).toNanos();
        long measureUntil = measureFrom + Duration.ofSeconds(seconds).toNanos();
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(http, url, authorization, measureFrom, measureUntil);
            client.thread.start();
            running.add(client);
        }
        Latencies latencies = new Latencies();
        Map<String, Long> failures = new TreeMap<>();
        long ok = 0;
        for (Client client : running) {
            client.thread.join();
            latencies.addAll(client.latencies);
            ok += client.ok;
            client.failures.forEach((status, count) -> failures.merge(status, count, Long::sum));
        }
        long headAfter = suite.eventStoreHead();
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        String key = "load." + mode;
        results.put(key + ".clients", (long) clients);
        results.put(key + ".seconds", (long) seconds);
        results.put(key + ".ok", ok);
        results.put(key + ".failed", failed);
        failures.forEach((status, count) -> results.put(key + ".failures." + status, count));
        results.put(key + ".throughputPerS", ok / (double) seconds);
        results.put(key + ".p50Ms", latencies.percentileMs(50));
        results.put(key + ".p99Ms", latencies.percentileMs(99));
        results.put(key + ".headBefore", headBefore);
        results.put(key + ".headAfter", headAfter);
        System.out.printf("bench: %-7s %d clients x %d s: %.1f records/s, p50 %.1f ms, p99 %.1f ms, %d non-2xx %s%n",
                mode, clients, seconds, ok / (double) seconds, latencies.percentileMs(50), latencies.percentileMs(99),
                failed, failures.isEmpty() ? "" : failures);
        if (failures.containsKey("429")) {
            System.out.println("bench: 429 answers: the gateway's rate limit was not lifted (LEDGER_RATE_LIMIT_PER_SECOND)");
        }
        if (how != Mode.DIRECT) {
            circuitBreaker(http, key);
        }
    }

    /** How the route's Resilience4j bulkhead and circuit breaker took the load (they answer 503 when they refuse). */
    private void circuitBreaker(HttpClient http, String key) {
        try {
            String metrics = Suite.get(http, Suite.GATEWAY + "/actuator/prometheus", suite.basic("auditor"));
            double bulkhead = metric(metrics, "resilience4j_bulkhead_max_allowed_concurrent_calls");
            double refused = metric(metrics, "resilience4j_circuitbreaker_not_permitted_calls_total");
            results.put(key + ".bulkheadMaxConcurrentCalls", bulkhead);
            results.put(key + ".circuitBreakerNotPermitted", refused);
            if (refused > 0) {
                System.out.printf("bench: the gateway's circuit breaker for study refused %.0f calls (its bulkhead allows %.0f "
                        + "concurrent calls per route; calls beyond it fail and open the breaker)%n", refused, bulkhead);
            }
        } catch (Exception e) {
            System.err.println("bench: could not read the gateway's circuit breaker metrics: " + e.getMessage());
        }
    }

    private static double metric(String prometheus, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?m)^" + name
                + "\\{[^}]*name=\"study\"[^}]*\\}\\s+(\\S+)").matcher(prometheus);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    static String session(int client, long n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String law = LAWS[random.nextInt(LAWS.length)];
        LocalDate heldOn = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365));
        return """
                {"kind":"COLLECTIVE_STUDY","title":"学习《%s》（第%d组第%d次）","heldOn":"%s","organiser":"区科技局办公室",\
                "attendees":%d,"hours":2.0,"laws":["%s"],"format":"OFFLINE"}"""
                .formatted(law, client, n, heldOn, 10 + random.nextInt(30), law);
    }

    private static final class Client implements Runnable {

        private static int next;

        final Thread thread;
        final Latencies latencies = new Latencies();
        final Map<String, Long> failures = new TreeMap<>();
        long ok;
        private final int number;
        private final HttpClient http;
        private final String url;
        private final Supplier<String> authorization;
        private final long measureFrom;
        private final long measureUntil;

        Client(HttpClient http, String url, Supplier<String> authorization, long measureFrom, long measureUntil) {
            this.number = ++next;
            this.http = http;
            this.url = url;
            this.authorization = authorization;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.thread = new Thread(this, "client-" + number);
        }

        @Override
        public void run() {
            long n = 0;
            while (true) {
                long started = System.nanoTime();
                if (started >= measureUntil) {
                    return;
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization.get())
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(session(number, ++n), StandardCharsets.UTF_8)).build();
                String status;
                try {
                    int code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    status = code >= 200 && code < 300 ? null : Integer.toString(code);
                } catch (java.io.IOException e) {
                    status = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long took = System.nanoTime() - started;
                if (started < measureFrom) {
                    continue;
                }
                if (status == null) {
                    ok++;
                    latencies.add(took);
                } else {
                    failures.merge(status, 1L, Long::sum);
                }
            }
        }
    }
}
