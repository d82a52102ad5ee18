package ruleoflaw.ledger.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resilience drills on a running dev-stack ({@code bin/suite fault ...}): a command written to
 * {@code run/dev-stack.drill} stops PostgreSQL for some seconds or restarts the MongoDB-protocol server, as an
 * outage would; the answer is written to {@code run/dev-stack.drill.done}. Only the dev-stack of this data dir
 * reads its run directory.
 */
final class Drills implements Runnable {

    /** What a drill does to the servers. */
    interface Servers {
        void stopPostgres() throws IOException;

        void startPostgres() throws IOException;

        void restartMongo() throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(Drills.class);

    private final Path command;
    private final Path done;
    private final Servers servers;

    Drills(Path runDirectory, Servers servers) {
        this.command = runDirectory.resolve("dev-stack.drill");
        this.done = runDirectory.resolve("dev-stack.drill.done");
        this.servers = servers;
    }

    /**
     * {@code java -jar dev-stack-exec.jar drill postgres-stop SECONDS | mongo-restart}: asks the dev-stack of this
     * run directory for a drill and waits for its answer (starting with "ok" or "error"), at most {@code wait}.
     */
    static String request(Path runDirectory, String drill, Duration wait) throws IOException, InterruptedException {
        Drills protocol = new Drills(runDirectory, null);
        Files.deleteIfExists(protocol.done);
        Path written = protocol.command.resolveSibling(protocol.command.getFileName() + ".tmp");
        Files.writeString(written, drill + "\n", StandardCharsets.UTF_8);
        Files.move(written, protocol.command, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!Files.exists(protocol.done)) {
            if (System.nanoTime() > deadline) {
                return "error dev-stack did not finish the drill within " + wait.toSeconds() + " s";
            }
            Thread.sleep(200);
        }
        String answer = Files.readString(protocol.done, StandardCharsets.UTF_8).strip();
        Files.delete(protocol.done);
        return answer;
    }

    /** How long a client waits for a drill: its outage and a minute and a half for the servers to come back. */
    static Duration patience(String drill) {
        String[] words = drill.split("\\s+");
        long outage = words[0].equals("postgres-stop") && words.length > 1 && words[1].matches("\\d{1,6}")
                ? Long.parseLong(words[1]) : 0;
        return Duration.ofSeconds(outage + 90);
    }

    static void watch(Path runDirectory, Servers servers) {
        Thread thread = new Thread(new Drills(runDirectory, servers), "dev-stack-drills");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (Files.exists(command)) {
                    String text = Files.readString(command, StandardCharsets.UTF_8).strip();
                    if (text.isEmpty()) { // being written: read it next time round
                        Thread.sleep(200);
                        continue;
                    }
                    Files.delete(command);
                    Path answer = done.resolveSibling(done.getFileName() + ".tmp");
                    Files.writeString(answer, perform(text) + "\n", StandardCharsets.UTF_8);
                    Files.move(answer, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                log.warn("drill: cannot read or answer {}: {}", command, e.getMessage());
            }
        }
    }

    String perform(String text) {
        String[] words = text.split("\\s+");
        try {
            switch (words[0]) {
                case "postgres-stop" -> {
                    Duration outage = Duration.ofSeconds(Long.parseLong(words[1]));
                    log.warn("drill: stopping PostgreSQL for {} s", outage.toSeconds());
                    servers.stopPostgres();
                    Thread.sleep(outage.toMillis());
                    servers.startPostgres();
                    log.warn("drill: PostgreSQL is back");
                    return "ok postgres stopped for " + outage.toSeconds() + " s and started again";
                }
                case "mongo-restart" -> {
                    log.warn("drill: restarting the MongoDB-protocol server");
                    servers.restartMongo();
                    log.warn("drill: the MongoDB-protocol server is back");
                    return "ok mongo restarted";
                }
                default -> {
                    return "error unknown drill '" + text + "' (postgres-stop SECONDS, mongo-restart)";
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "error interrupted";
        } catch (IOException | RuntimeException e) {
            log.error("drill '{}' failed", text, e);
            return "error " + e.getMessage();
        }
    }
}
