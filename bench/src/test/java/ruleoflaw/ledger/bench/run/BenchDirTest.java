package ruleoflaw.ledger.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDirTest {

    @TempDir
    Path directory;

    @Test
    void aDirThatIsMissingEmptyOrABenchDirMayBeEmptied() throws Exception {
        assertThatCode(() -> new BenchDir(directory.resolve("missing")).checkMayBeEmptied()).doesNotThrowAnyException();
        assertThatCode(() -> new BenchDir(directory).checkMayBeEmptied()).doesNotThrowAnyException();

        Path earlier = Files.createDirectories(directory.resolve("earlier"));
        Files.writeString(earlier.resolve("results.json"), "{}");
        Files.writeString(earlier.resolve("notes.txt"), "mine");
        assertThatCode(() -> new BenchDir(earlier).checkMayBeEmptied()).doesNotThrowAnyException();

        Path crashed = Files.createDirectories(directory.resolve("crashed").resolve("logs"));
        assertThatCode(() -> new BenchDir(crashed.getParent()).checkMayBeEmptied()).doesNotThrowAnyException();
    }

    @Test
    void aDirWithOtherThingsInItIsRefused() throws Exception {
        Files.writeString(directory.resolve("ledger.jsonl"), "{}");

        assertThatThrownBy(() -> new BenchDir(directory).checkMayBeEmptied()).isInstanceOf(BenchFailure.class)
                .hasMessage("bench: " + directory + " is not empty and not a bench dir (no results.json or logs/): "
                        + "choose another LEDGER_BENCH_DIR");
        assertThat(directory.resolve("ledger.jsonl")).exists();
    }

    @Test
    void emptyingLeavesTheSeedDirOnly() throws Exception {
        BenchDir dir = new BenchDir(directory.resolve("bench"));
        Files.createDirectories(dir.path().resolve("postgres").resolve("base"));
        Files.writeString(dir.path().resolve("postgres").resolve("base").resolve("1"), "x");
        Files.writeString(dir.results(), "{}");

        dir.empty();

        try (var entries = Files.list(dir.path())) {
            assertThat(entries).containsExactly(dir.seed());
        }
        assertThat(dir.seed()).isEmptyDirectory();
    }

    @Test
    void deletingTheDatabasesKeepsResultsAndLogs() throws Exception {
        BenchDir dir = new BenchDir(directory);
        Files.createDirectories(directory.resolve("postgres").resolve("pg_wal"));
        Files.createDirectories(directory.resolve("mongo"));
        Files.writeString(directory.resolve("mongo").resolve("ledger.h2"), "x");
        Files.createDirectories(dir.logs());
        Files.writeString(dir.results(), "{}");

        dir.deleteDatabases();
        dir.deleteDatabases();

        assertThat(directory.resolve("postgres")).doesNotExist();
        assertThat(directory.resolve("mongo")).doesNotExist();
        assertThat(dir.results()).exists();
        assertThat(dir.logs()).isDirectory();
    }
}
