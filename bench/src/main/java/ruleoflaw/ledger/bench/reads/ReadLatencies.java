package ruleoflaw.ledger.bench.reads;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import ruleoflaw.ledger.bench.Latencies;
import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/**
 * Sequential report reads through the gateway as auditor: the first request on its own (cold after a replay),
 * ten warm-up requests, then R measured. A 503/504 (or any non-200) is a failed request, counted and reported, and
 * left out of the percentiles.
 */
public final class ReadLatencies {

    static final int WARM_UP = 10;
    private static final String YEAR = "2024";
    private static final Map<String, String> READS = Map.of(
            "figures", "/api/reports/" + YEAR + "/figures",
            "document", "/api/reports/" + YEAR + "/document?format=html");

    private final Suite suite;
    private final Results results;

    public ReadLatencies(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    public void run(String label, int requests) throws Exception {
        HttpClient http = Suite.http();
        String auditor = suite.basic("auditor");
        for (String read : new String[] {"figures", "document"}) {
            String key = "reads." + label + "." + read;
            HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.GATEWAY + READS.get(read)))
                    .timeout(Duration.ofMinutes(3)).header("Authorization", auditor).GET().build();
            int failures = 0;
            long first = -1;
            int firstStatus = 0;
            Latencies measured = new Latencies();
            for (int i = 0; i < 1 + WARM_UP + requests; i++) {
                long started = System.nanoTime();
                int status;
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                } catch (java.io.IOException timeout) {
                    status = -1;
                }
                long took = System.nanoTime() - started;
                if (status != 200) {
                    failures++;
                    if (failures <= 3) {
                        System.err.printf("bench: GET %s answered %d%n", READS.get(read), status);
                    }
                }
                if (i == 0) {
                    first = took;
                    firstStatus = status;
                } else if (i > WARM_UP && status == 200) {
                    measured.add(took); // a refusal's latency (an open circuit breaker answers at once) is no read's
                }
            }
            results.put(key + ".firstMs", first / 1e6);
            results.put(key + ".firstStatus", (long) firstStatus);
            results.put(key + ".p50Ms", measured.percentileMs(50));
            results.put(key + ".p99Ms", measured.percentileMs(99));
            results.put(key + ".requests", (long) measured.count());
            results.put(key + ".failures", (long) failures);
            System.out.printf("bench: %-8s %-8s first %8.1f ms  p50 %7.1f ms  p99 %7.1f ms  (first answered %d; %d answered 200, %d failed)%n",
                    label, read, first / 1e6, measured.percentileMs(50), measured.percentileMs(99), firstStatus,
                    measured.count(), failures);
        }
    }
}
