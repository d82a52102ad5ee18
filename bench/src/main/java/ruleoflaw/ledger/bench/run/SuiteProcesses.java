package ruleoflaw.ledger.bench.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What bin/suite runs, seen from outside: a data dir's live processes (run/NAME.pid naming a live process whose
 * command line has NAME in it, as bin/suite's own check), and the suite's ports, which must be free for the bench.
 */
public final class SuiteProcesses {

    private SuiteProcesses() {
    }

    /** Whether a process of the suite started from {@code dataDir} is running. */
    public static boolean anyRunning(Path dataDir) {
        Path run = dataDir.resolve("run");
        if (!Files.isDirectory(run)) {
            return false;
        }
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(run, "*.pid")) {
            for (Path file : pidFiles) {
                String name = file.getFileName().toString().replace(".pid", "");
                if (alive(file, name)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Whether the process NAME of the suite started from {@code dataDir} is running. */
    public static boolean running(Path dataDir, String name) {
        return alive(dataDir.resolve("run").resolve(name + ".pid"), name);
    }

    private static boolean alive(Path pidFile, String name) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            boolean live = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!live) {
                return false;
            }
            if (!Files.isReadable(cmdline)) {
                return true;
            }
            return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains(name);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** The suite's ports by process (bin/suite's table; dev-stack's two from LEDGER_POSTGRES_PORT, LEDGER_MONGO_PORT). */
    public static Map<Integer, String> ports(Map<String, String> env) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(port(env, "LEDGER_POSTGRES_PORT", 54321), "dev-stack");
        ports.put(port(env, "LEDGER_MONGO_PORT", 27018), "dev-stack");
        ports.put(8081, "study-service");
        ports.put(8082, "litigation-service");
        ports.put(8083, "outreach-service");
        ports.put(8084, "disclosure-service");
        ports.put(8085, "reporting-service");
        ports.put(8080, "gateway");
        return ports;
    }

    /** Lines "port P (NAME) is already in use" for every port something answers on at 127.0.0.1. */
    public static List<String> busy(Map<Integer, String> ports) {
        List<String> busy = new ArrayList<>();
        ports.forEach((port, name) -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
                busy.add("bench: port " + port + " (" + name + ") is already in use");
            } catch (IOException free) {
                // nothing listens there
            }
        });
        return busy;
    }

    private static int port(Map<String, String> env, String name, int otherwise) {
        String value = env.get(name);
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BenchFailure("bench: " + name + " is a port number, not '" + value + "'");
        }
    }
}
