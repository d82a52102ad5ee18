package ruleoflaw.ledger.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    @Test
    void theRepositoryIsTheOneTheBenchsClassesLieIn() {
        Repository repository = Repository.locate(Map.of());

        assertThat(repository.root()).isEqualTo(CHECKOUT);
        assertThat(repository.suiteScript()).isRegularFile();
        assertThat(repository.sample()).isRegularFile();
        assertThat(repository.ledgerFormat()).isRegularFile();
    }

    @Test
    void ledgerRootNamesAnotherAndMustBeARepository() throws Exception {
        assertThatThrownBy(() -> Repository.locate(Map.of("LEDGER_ROOT", directory.toString())))
                .isInstanceOf(BenchFailure.class)
                .hasMessageStartingWith("bench: " + directory + " is not the ledger's repository (no bin/suite there)");

        Files.createDirectories(directory.resolve("bin"));
        Files.writeString(directory.resolve("bin").resolve("suite"), "#!/bin/sh\n");
        assertThat(Repository.locate(Map.of("LEDGER_ROOT", directory.toString())).root()).isEqualTo(directory);
    }

    @Test
    void theBenchDirIsTargetBenchUnlessLedgerBenchDirSaysAndTheUsersDataDirIsData() {
        Repository repository = new Repository(CHECKOUT);

        assertThat(repository.benchDir(Map.of())).isEqualTo(CHECKOUT.resolve("target/bench"));
        assertThat(repository.benchDir(Map.of("LEDGER_BENCH_DIR", "/tmp/b/"))).isEqualTo(Path.of("/tmp/b"));
        assertThat(repository.userDataDir(Map.of())).isEqualTo(CHECKOUT.resolve("data"));
        assertThat(repository.userDataDir(Map.of("LEDGER_DATA_DIR", "/srv/ledger"))).isEqualTo(Path.of("/srv/ledger"));
        assertThat(repository.shown(CHECKOUT.resolve("target/bench"))).isEqualTo("target/bench");
        assertThat(repository.shown(Path.of("/tmp/b"))).isEqualTo("/tmp/b");
    }
}
