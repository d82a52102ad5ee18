package ruleoflaw.ledger.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteProcessesTest {

    @TempDir
    Path dataDir;

    private void pidFile(String name, long pid) throws Exception {
        Files.createDirectories(dataDir.resolve("run"));
        Files.writeString(dataDir.resolve("run").resolve(name + ".pid"), pid + "\n");
    }

    @Test
    void aPidFileCountsWhenItsProcessLivesAndIsWhatItNames() throws Exception {
        assertThat(SuiteProcesses.anyRunning(dataDir)).isFalse();

        pidFile("no-such-jar-here", ProcessHandle.current().pid());
        assertThat(SuiteProcesses.anyRunning(dataDir)).as("a live process that is another program").isFalse();

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        pidFile("true", ended.pid());
        assertThat(SuiteProcesses.running(dataDir, "true")).as("a process that ended").isFalse();

        pidFile("java", ProcessHandle.current().pid());
        assertThat(SuiteProcesses.running(dataDir, "java")).isTrue();
        assertThat(SuiteProcesses.anyRunning(dataDir)).isTrue();
        assertThat(SuiteProcesses.running(dataDir, "reporting-service")).isFalse();
    }

    @Test
    void aPortSomethingListensOnIsNamedWithTheProcessThatNeedsIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int free;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                free = probe.getLocalPort();
            }

            assertThat(SuiteProcesses.busy(Map.of(port, "gateway", free, "study-service")))
                    .containsExactly("bench: port " + port + " (gateway) is already in use");
        }
    }

    @Test
    void devStacksPortsFollowItsVariables() {
        assertThat(SuiteProcesses.ports(Map.of())).containsKeys(54321, 27018, 8080, 8081, 8082, 8083, 8084, 8085)
                .hasSize(8);
        assertThat(SuiteProcesses.ports(Map.of("LEDGER_POSTGRES_PORT", "55432", "LEDGER_MONGO_PORT", "27019")))
                .containsEntry(55432, "dev-stack").containsEntry(27019, "dev-stack").doesNotContainKey(54321);
        assertThatThrownBy(() -> SuiteProcesses.ports(Map.of("LEDGER_MONGO_PORT", "mongo")))
                .isInstanceOf(BenchFailure.class).hasMessage("bench: LEDGER_MONGO_PORT is a port number, not 'mongo'");
    }
}
