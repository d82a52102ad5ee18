package ruleoflaw.ledger.bench.load;

import java.net.http.HttpClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/**
 * The recorder's identity assertion from the gateway's bench endpoint (GET /api/bench/assertion), fetched again
 * every 25 s: assertions live 60 s and the gateway hands out one it may have signed 30 s before.
 */
final class Assertions implements AutoCloseable {

    private static final long REFRESH_SECONDS = 25;

    private final HttpClient http = Suite.http();
    private final String basic;
    private final AtomicReference<String> current = new AtomicReference<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "assertion-refresh");
        thread.setDaemon(true);
        return thread;
    });

    Assertions(String basic) throws Exception {
        this.basic = basic;
        refresh();
        refresher.scheduleAtFixedRate(this::refreshQuietly, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    String bearer() {
        return "Bearer " + current.get();
    }

    private void refresh() throws Exception {
        String body = Suite.get(http, Suite.GATEWAY + "/api/bench/assertion", basic);
        current.set(Results.json().readTree(body).path("assertion").asText());
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (Exception e) {
            System.err.println("bench: could not refresh the assertion: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
