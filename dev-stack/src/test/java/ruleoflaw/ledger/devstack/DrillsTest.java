package ruleoflaw.ledger.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillsTest {

    final List<String> done = new ArrayList<>();

    final Drills.Servers servers = new Drills.Servers() {
        @Override
        public void stopPostgres() {
            done.add("stop postgres");
        }

        @Override
        public void startPostgres() {
            done.add("start postgres");
        }

        @Override
        public void restartMongo() throws IOException {
            throw new IOException("port 27018 taken");
        }
    };

    @Test
    void aPostgresOutageStopsThenStartsAfterItsSeconds() {
        long started = System.nanoTime();
        String answer = new Drills(Path.of("."), servers).perform("postgres-stop 1");
        assertThat(answer).isEqualTo("ok postgres stopped for 1 s and started again");
        assertThat(done).containsExactly("stop postgres", "start postgres");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailedOrUnknownDrillIsAnsweredAsAnError() {
        Drills drills = new Drills(Path.of("."), servers);
        assertThat(drills.perform("mongo-restart")).isEqualTo("error port 27018 taken");
        assertThat(drills.perform("disk-full")).startsWith("error unknown drill 'disk-full'");
    }

    @Test
    void aDrillIsReadFromTheRunDirectoryAndAnswered(@TempDir Path run) throws IOException {
        Drills.watch(run, servers);
        Files.writeString(run.resolve("dev-stack.drill"), "postgres-stop 0\n", StandardCharsets.UTF_8);
        Path answer = run.resolve("dev-stack.drill.done");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(answer));
        assertThat(Files.readString(answer, StandardCharsets.UTF_8)).startsWith("ok postgres stopped for 0 s");
        assertThat(run.resolve("dev-stack.drill")).doesNotExist();
    }

    @Test
    void aClientAsksForADrillAndGetsItsAnswer(@TempDir Path run) throws Exception {
        Drills.watch(run, servers);
        assertThat(Drills.request(run, "postgres-stop 0", Duration.ofSeconds(5))).startsWith("ok postgres stopped");
        assertThat(Drills.request(run, "mongo-restart", Duration.ofSeconds(5))).isEqualTo("error port 27018 taken");
        assertThat(run.resolve("dev-stack.drill.done")).doesNotExist();
    }

    @Test
    void aClientGivesUpOnADevStackThatDoesNotAnswer(@TempDir Path run) throws Exception {
        assertThat(Drills.request(run, "mongo-restart", Duration.ofMillis(300)))
                .isEqualTo("error dev-stack did not finish the drill within 0 s");
    }

    @Test
    void aClientWaitsForTheOutageAndTheServersToComeBack() {
        assertThat(Drills.patience("postgres-stop 20")).isEqualTo(Duration.ofSeconds(110));
        assertThat(Drills.patience("mongo-restart")).isEqualTo(Duration.ofSeconds(90));
    }
}
