package ruleoflaw.ledger.bench;

import java.nio.file.Path;
import java.util.Arrays;

import ruleoflaw.ledger.bench.footprint.Footprint;
import ruleoflaw.ledger.bench.generate.Generator;
import ruleoflaw.ledger.bench.load.LoadRun;
import ruleoflaw.ledger.bench.load.RawInserts;
import ruleoflaw.ledger.bench.reads.ReadLatencies;
import ruleoflaw.ledger.bench.replay.RawScan;
import ruleoflaw.ledger.bench.replay.ReplayWatch;
import ruleoflaw.ledger.bench.table.ResultTable;

/**
 * The steps of {@code bin/suite bench}, one per call: bin/suite runs the suite and calls them in order; each adds
 * its measurements to {@code $BENCH_DIR/results.json}, and {@code table} prints them side by side.
 * Environment: LEDGER_DATA_DIR (the bench's suite), LEDGER_BENCH_DIR (where results go; default the data dir).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench STEP [ARGS] (steps: put, head, settle, reads, load, raw-insert, generate, replay, "
                    + "raw-scan, footprint, table); run through bin/suite bench");
            System.exit(2);
        }
        Suite suite = Suite.fromEnvironment();
        Results results = Results.open(suite.benchDir().resolve("results.json"));
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "put" -> results.put(rest[0], Double.parseDouble(rest[1]));
            case "put-text" -> results.put(rest[0], rest[1]);
            case "head" -> results.put("head." + rest[0], suite.eventStoreHead());
            case "reads" -> new ReadLatencies(suite, results).run(rest[0], Integer.parseInt(rest[1]));
            case "load" -> new LoadRun(suite, results).run(rest[0], Integer.parseInt(rest[1]), Integer.parseInt(rest[2]));
            case "raw-insert" -> new RawInserts(suite, results).run(Integer.parseInt(rest[0]), Integer.parseInt(rest[1]));
            case "generate" -> new Generator(suite, results).run(Long.parseLong(rest[0]));
            case "settle" -> ReplayWatch.settle(Integer.parseInt(rest[0]));
            case "replay" -> new ReplayWatch(suite, results).run(Path.of(rest[0]), Integer.parseInt(rest[1]));
            case "raw-scan" -> new RawScan(suite, results).run();
            case "footprint" -> new Footprint(suite, results).run(rest[0]);
            case "table" -> new ResultTable(results).write(suite.benchDir());
            default -> {
                System.err.println("bench: unknown step " + args[0]);
                System.exit(2);
            }
        }
        results.save();
    }
}
