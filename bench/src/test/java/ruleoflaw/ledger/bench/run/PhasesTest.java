package ruleoflaw.ledger.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.bench.Results;

class PhasesTest {

    @TempDir
    Path directory;

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private void advance(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    @Test
    void startingAPhaseEndsTheOneBeforeWithItsTimePrintedAndKeptInTheResultsFile() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        Phases phases = new Phases(results, new PrintStream(printed, true, StandardCharsets.UTF_8), nanos::get);

        phases.next("cold start");
        advance(67_349);
        phases.next("seed");
        advance(19_050);
        phases.end();
        phases.end();

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "bench: ---- cold start",
                "bench: phase 'cold start' took 67.3 s",
                "bench: ---- seed",
                "bench: phase 'seed' took 19.0 s");
        Results saved = Results.open(directory.resolve("results.json"));
        assertThat(saved.number("phases.cold start")).isEqualTo(67.349);
        assertThat(saved.number("phases.seed")).isEqualTo(19.05);
    }

    @Test
    void aPhaseKeepsItsFirstTimeIfItCouldEndTwiceAndOthersResultsStay() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("load.gateway.p99Ms", 12.5);
        Phases phases = new Phases(results, new PrintStream(printed, true, StandardCharsets.UTF_8), nanos::get);

        phases.next("raw scan");
        advance(999);
        phases.end();
        advance(5_000);
        phases.end();

        Results saved = Results.open(directory.resolve("results.json"));
        assertThat(saved.number("phases.raw scan")).isEqualTo(0.999);
        assertThat(saved.number("load.gateway.p99Ms")).isEqualTo(12.5);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("bench: phase 'raw scan' took 0.9 s");
    }
}
