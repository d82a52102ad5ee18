package ruleoflaw.ledger.bench.footprint;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/**
 * Resident memory (VmRSS) and its peak (VmHWM) of every process the suite started (run/*.pid), and of the
 * embedded PostgreSQL with its backends (whose shared buffers each count again).
 */
public final class Footprint {

    private final Suite suite;
    private final Results results;

    public Footprint(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    public void run(String label) throws IOException {
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(suite.dataDir().resolve("run"), "*.pid")) {
            for (Path file : pidFiles) {
                String name = file.getFileName().toString().replace(".pid", "");
                long pid = Long.parseLong(Files.readString(file).trim());
                record(label, name, List.of(pid));
            }
        }
        Path postmaster = suite.dataDir().resolve("postgres").resolve("postmaster.pid");
        if (Files.isRegularFile(postmaster)) {
            long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
            List<Long> all = new java.util.ArrayList<>(List.of(pid));
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        if (Long.parseLong(fields[1]) == pid) {
                            all.add(Long.parseLong(process.getFileName().toString()));
                        }
                    } catch (IOException | RuntimeException gone) {
                        // exited meanwhile
                    }
                }
            }
            record(label, "postgres", all);
        }
    }

    private void record(String label, String name, List<Long> pids) throws IOException {
        long rss = 0;
        long peak = 0;
        for (long pid : pids) {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            if (!Files.isRegularFile(status)) {
                continue;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss += kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak += kilobytes(line);
                }
            }
        }
        String key = "footprint." + label + "." + name;
        results.put(key + ".rssMb", rss / 1024.0);
        results.put(key + ".peakMb", peak / 1024.0);
        results.put(key + ".processes", (long) pids.size());
        System.out.printf("bench: %-20s RSS %7.1f MB, peak %7.1f MB%s%n", name, rss / 1024.0, peak / 1024.0,
                pids.size() > 1 ? " (" + pids.size() + " processes)" : "");
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
