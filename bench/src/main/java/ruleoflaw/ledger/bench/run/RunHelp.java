package ruleoflaw.ledger.bench.run;

/** {@code bin/suite bench --help}: the bench's one help text. */
final class RunHelp {

    private RunHelp() {
    }

    /** {@code benchDir}: where this run's bench dir would be, as bin/suite shows paths. */
    static String text(String benchDir) {
        return """
                Usage: bin/suite bench [--events N] [--seconds S] [--clients C] [--reads R] [--departments D] [--lines L]
                       [--keep]
                       (java -jar bench/target/bench.jar run [OPTIONS], once the suite's jars are built)

                Measures the suite side by side with raw baselines on this machine and prints one table (issue 12,
                docs/benchmarks.md); about 7 minutes on 2 cores at the default size. It runs its own suite in its
                own data dir, ${LEDGER_BENCH_DIR:-<repo>/target/bench} (now %s), emptied first:
                never the ledger of $LEDGER_DATA_DIR.
                The suite's ports must be free (bin/suite down first). Steps:
                  1. start the suite (bin/suite up -d; cold start to healthy) with the gateway's rate limit lifted
                     (LEDGER_RATE_LIMIT_PER_SECOND=1000000: the default 50/s per user would cap the load runs) and
                     its signing key made by the bench in the bench dir (LEDGER_SIGNING_KEY_FILE=signing-key.json)
                  2. seed: samples/kjj-2024.jsonl, the examples of docs/ledger-format.md, and corrections (~5 %%) and
                     withdrawals (~2 %%) of the sample's records, through the gateway (the ledger command line's import)
                  3. reads at sample size: R requests (after 10 warm-up) of the 2024 figures and HTML document as auditor
                  4. C clients for S s (after 5 s warm-up) record study sessions through the gateway, then straight to
                     study-service with the recorder's identity assertion, signed by the bench with the suite's key;
                     then C JDBC connections insert rows as big into a scratch table for S s; then import L
                     lines copied from the sample with new ids (batches), and 300 others with --one-by-one
                  5. stop reporting-service (bin/suite stop); write N events of ten years (2015-2024) straight into
                     the event store, copies of the seeded ledger's aggregates; with D > 1 each copy round of a year
                     belongs to one of D departments (d01..), every event of its records saying so in its metadata
                  6. start reporting-service (bin/suite restart) and time its projections catching up on them; a raw
                     JDBC scan of the same events with JSON parsing
                  7. the reads again at N events (the first on its own: cold). With D > 1, the district: the D
                     departments registered as admin (基准部门01..), the district table of 2024 as supervisor (cold,
                     then R after 10 warm-up), one department's figures as auditor (?department=dNN: d01's 2019 cold,
                     every department-year's first read, then 10 x R spread over departments and years at random);
                     resident memory of every process
                  8. the suite again with two instances of every service (bin/suite up -d --instances 2): the
                     gateway's load once more, balanced over the two study-services
                  9. the table, also in results.md and results.json there; then 'bin/suite down' (also on Ctrl-C or
                     failure), deleting the bench dir's postgres/ and mongo/ unless --keep
                Options: --events N (default 1000000)  --seconds S (30)  --clients C (32)  --reads R (100)
                         --departments D (1: the installation's default department only, no district reads)
                         --lines L (10000)  --keep  keep the bench dir's databases
                Environment: LEDGER_BENCH_DIR (the bench dir), LEDGER_ROOT (the repository; default: the one whose
                         bench/target/bench.jar this is)
                """.formatted(benchDir);
    }
}
