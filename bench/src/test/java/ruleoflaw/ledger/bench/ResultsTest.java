package ruleoflaw.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

    @TempDir
    Path directory;

    @Test
    void dottedKeysAreNestedAndSurviveASaveAndAnOpen() throws Exception {
        Path file = directory.resolve("results.json");
        Results results = Results.open(file);
        results.put("load.gateway.p99Ms", 27.3);
        results.put("load.gateway.ok", 3480L);
        results.put("load.direct.p99Ms", 16.0);
        results.put("replay.finished", "yes");
        results.save();

        Results again = Results.open(file);

        assertThat(again.number("load.gateway.p99Ms")).isEqualTo(27.3);
        assertThat(again.number("load.gateway.ok")).isEqualTo(3480);
        assertThat(again.text("replay.finished")).isEqualTo("yes");
        assertThat(again.node("load").size()).isEqualTo(2);
        assertThat(again.number("replay.eventsPerS")).isNaN();
        assertThat(again.number("replay.finished")).isNaN();
        assertThat(Files.list(directory)).containsExactly(file);
    }

    @Test
    void aValueReplacesAnObjectOfTheSameNameOnlyAtItsLeaf() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("phases.seed", 19.0);
        results.put("phases.cold start", 67.3);
        results.put("phases.seed", 20.5);

        assertThat(results.number("phases.seed")).isEqualTo(20.5);
        assertThat(results.number("phases.cold start")).isEqualTo(67.3);
    }
}
