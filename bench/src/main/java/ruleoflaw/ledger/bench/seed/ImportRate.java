package ruleoflaw.ledger.bench.seed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ruleoflaw.ledger.bench.Results;

/**
 * How fast a ledger file is imported through the gateway: lines copied from the sample with new ids (10,000 unless
 * {@code --lines} says), imported as {@code bin/suite import} does (in batches); and, as the baseline in the same run,
 * {@value #ONE_BY_ONE_LINES} other copied lines with {@code --one-by-one} (a request per line, as before batches).
 */
public final class ImportRate {

    static final int ONE_BY_ONE_LINES = 300;

    private final Seeding seeding;
    private final Path seedDir;
    private final Results results;
    private final PrintStream out;
    private final int batchLines;

    public ImportRate(Seeding seeding, Path seedDir, Results results, PrintStream out, int batchLines) {
        this.seeding = seeding;
        this.seedDir = seedDir;
        this.results = results;
        this.out = out;
        this.batchLines = batchLines;
    }

    public void run(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        measure("oneByOne", ImportCopies.of(text, "bench-one", ONE_BY_ONE_LINES), "--one-by-one");
        measure("batch", ImportCopies.of(text, "bench-import", batchLines));
    }

    private void measure(String key, List<String> lines, String... options) throws IOException {
        Path file = seedDir.resolve("import-" + key + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        boolean complete = seeding.importFile(file, options);
        double seconds = (System.nanoTime() - started) / 1e9;
        results.put("import." + key + ".lines", lines.size());
        results.put("import." + key + ".seconds", seconds);
        results.put("import." + key + ".linesPerS", lines.size() / seconds);
        results.put("import." + key + ".complete", complete ? "yes" : "no");
        out.printf("bench: import %s: %d lines in %.1f s, %.0f lines/s%s%n", key, lines.size(), seconds,
                lines.size() / seconds, complete ? "" : " (some lines refused or not sent, see above)");
    }
}
