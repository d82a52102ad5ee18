package ruleoflaw.ledger.bench.replay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/**
 * Starts reporting-service again (bin/suite restart) and watches its projections catch up on the generated events:
 * ledger_processor_lag of both processors, every 0.5 s, from its Prometheus endpoint (loopback needs no token).
 * Rate: generated events / (both lags 0 − first lag above 0 seen).
 */
public final class ReplayWatch {

    static final List<String> PROCESSORS = List.of("reporting-ledger-records", "reporting-annual-reports");
    private static final String METRICS = "http://127.0.0.1:8085/actuator/prometheus";

    private final Suite suite;
    private final Results results;

    public ReplayWatch(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    /** {@code restarting}: starts {@code bin/suite restart reporting-service}. */
    public void run(Supplier<Process> restarting, int timeoutSeconds) throws Exception {
        HttpClient http = Suite.http();
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(METRICS)).timeout(Duration.ofSeconds(5)).GET().build();
        double events = results.number("generate.events");
        long launched = System.nanoTime();
        Process restart = restarting.get();
        long healthy = -1;
        long firstBehind = -1;
        long caughtUp = -1;
        double maxLag = 0;
        double[] lags = new double[PROCESSORS.size()];
        long deadline = launched + Duration.ofSeconds(timeoutSeconds).toNanos();
        long lastReport = launched;
        while (System.nanoTime() < deadline) {
            if (healthy < 0 && !restart.isAlive()) {
                if (restart.exitValue() != 0) {
                    throw new IllegalStateException("bin/suite restart reporting-service failed");
                }
                healthy = System.nanoTime();
            }
            boolean read = false;
            try {
                String text = http.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
                read = true;
                for (int i = 0; i < lags.length; i++) {
                    lags[i] = lag(text, PROCESSORS.get(i));
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            long now = System.nanoTime();
            if (read) {
                boolean behind = false;
                boolean allZero = true;
                for (double lag : lags) {
                    behind |= lag > 0;
                    allZero &= lag == 0;
                    maxLag = Math.max(maxLag, Double.isNaN(lag) ? 0 : lag);
                }
                if (behind && firstBehind < 0) {
                    firstBehind = now;
                }
                if (allZero && firstBehind >= 0) {
                    caughtUp = now;
                    break;
                }
                if (now - lastReport > 10_000_000_000L) {
                    lastReport = now;
                    System.out.printf("bench: replaying… lag %s = %.0f, %s = %.0f%n", PROCESSORS.get(0), lags[0],
                            PROCESSORS.get(1), lags[1]);
                }
            }
            Thread.sleep(500);
        }
        if (restart.isAlive()) {
            restart.waitFor();
        }
        if (healthy < 0) {
            healthy = System.nanoTime();
        }
        results.put("replay.events", (long) events);
        results.put("replay.healthyAfterS", (healthy - launched) / 1e9);
        results.put("replay.maxLag", maxLag);
        results.put("replay.finished", caughtUp >= 0 ? "yes" : "no");
        if (caughtUp >= 0) {
            double seconds = (caughtUp - firstBehind) / 1e9;
            results.put("replay.seconds", seconds);
            results.put("replay.fromLaunchS", (caughtUp - launched) / 1e9);
            results.put("replay.eventsPerS", events / seconds);
            System.out.printf("bench: replayed %.0f events in %.1f s (%.0f events/s); %.1f s from launch, healthy after %.1f s%n",
                    events, seconds, events / seconds, (caughtUp - launched) / 1e9, (healthy - launched) / 1e9);
        } else {
            double behind = Math.max(nz(lags[0]), nz(lags[1]));
            results.put("replay.lagAtTimeout", behind);
            if (firstBehind >= 0) {
                double seconds = (System.nanoTime() - firstBehind) / 1e9;
                results.put("replay.partialEventsPerS", (events - behind) / seconds);
                System.out.printf("bench: %.0f of %.0f events replayed in %.0f s (%.0f events/s)%n", events - behind,
                        events, seconds, (events - behind) / seconds);
            }
            System.out.printf("bench: the replay did not finish within %d s (lag %.0f and %.0f)%n", timeoutSeconds,
                    lags[0], lags[1]);
        }
    }

    /** Waits (up to timeout) until reporting-service's projections have caught up with the event store. */
    public static void settle(int timeoutSeconds) throws Exception {
        HttpClient http = Suite.http();
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(METRICS)).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        double total = Double.NaN;
        while (System.nanoTime() < deadline) {
            String text = http.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
            total = 0;
            for (String processor : PROCESSORS) {
                total += lag(text, processor);
            }
            if (total == 0) {
                return;
            }
            Thread.sleep(500);
        }
        System.out.printf("bench: reporting-service still %.0f events behind after %d s; going on%n", total, timeoutSeconds);
    }

    private static double nz(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    static double lag(String prometheus, String processor) {
        Matcher matcher = Pattern.compile("(?m)^ledger_processor_lag\\{[^}]*processor=\"" + Pattern.quote(processor)
                + "\"[^}]*\\}\\s+(\\S+)").matcher(prometheus);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
