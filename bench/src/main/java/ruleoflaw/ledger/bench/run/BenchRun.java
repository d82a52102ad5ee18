package ruleoflaw.ledger.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;
import ruleoflaw.ledger.bench.footprint.Footprint;
import ruleoflaw.ledger.bench.generate.DepartmentSpread;
import ruleoflaw.ledger.bench.generate.Generator;
import ruleoflaw.ledger.bench.load.LoadRun;
import ruleoflaw.ledger.bench.load.RawInserts;
import ruleoflaw.ledger.bench.reads.DistrictReads;
import ruleoflaw.ledger.bench.reads.ReadLatencies;
import ruleoflaw.ledger.bench.replay.RawScan;
import ruleoflaw.ledger.bench.replay.ReplayWatch;
import ruleoflaw.ledger.bench.seed.ImportRate;
import ruleoflaw.ledger.bench.seed.Seeding;
import ruleoflaw.ledger.bench.signing.SignedAssertions;
import ruleoflaw.ledger.bench.signing.SigningKeyFile;
import ruleoflaw.ledger.bench.table.ResultTable;

/**
 * One bench run, start to end: checks that it may run, empties the bench dir, starts the bench suite (bin/suite up -d
 * in the bench dir, the rate limit lifted, the bench's signing key), times each phase, and always ends with
 * bin/suite down (also on failure or Ctrl-C), deleting the bench dir's databases unless --keep.
 */
public final class BenchRun {

    static final String RATE_LIMIT = "1000000";
    private static final int SETTLE_AFTER_SEED_S = 120;
    private static final int SETTLE_BEFORE_GENERATE_S = 300;
    private static final int REPLAY_TIMEOUT_S = 1200;

    private final BenchOptions options;
    private final Repository repository;
    private final Map<String, String> env;
    private final BenchDir dir;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private SuiteScript script;
    private Results results;
    private Phases phases;
    private boolean over;

    private BenchRun(BenchOptions options, Repository repository, Map<String, String> env) {
        this.options = options;
        this.repository = repository;
        this.env = env;
        this.dir = new BenchDir(repository.benchDir(env));
    }

    /** Runs the bench; its exit status (0, or 1 when it could not run or failed). */
    public static int start(BenchOptions options, Map<String, String> env) {
        try {
            return new BenchRun(options, Repository.locate(env), env).run();
        } catch (BenchFailure failure) {
            System.err.println(failure.getMessage());
            return 1;
        }
    }

    private int run() {
        RSAKey key;
        try {
            key = prepare();
        } catch (IOException e) {
            throw new BenchFailure("bench: could not prepare " + dir.path() + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> finish("interrupted"), "bench-down"));
        try {
            measure(key);
            finish(null);
            return 0;
        } catch (BenchFailure failure) {
            err.println(failure.getMessage());
            finish("failed (status 1)");
            return 1;
        } catch (Exception | Error e) {
            err.println("bench: " + e);
            e.printStackTrace(err);
            finish("failed (status 1)");
            return 1;
        }
    }

    /** The checks bin/suite bench made, then an empty bench dir with the signing key in it. */
    private RSAKey prepare() throws IOException {
        Path userData = repository.userDataDir(env);
        if (SuiteProcesses.anyRunning(userData)) {
            throw new BenchFailure("bench: the suite is running from " + userData
                    + ": the bench needs its ports; stop it with 'bin/suite down' first.");
        }
        if (SuiteProcesses.anyRunning(dir.path())) {
            throw new BenchFailure("bench: a bench suite is still running from " + dir.path()
                    + ": stop it with 'LEDGER_DATA_DIR=" + dir.path() + " bin/suite down' first.");
        }
        dir.checkMayBeEmptied();
        List<String> busy = SuiteProcesses.busy(SuiteProcesses.ports(env));
        if (!busy.isEmpty()) {
            busy.forEach(err::println);
            throw new BenchFailure("bench: the bench needs the suite's ports: 'bin/suite down' first (from the data dir "
                    + "that runs it).");
        }
        dir.empty();
        RSAKey key = SigningKeyFile.create(dir.signingKey());
        Map<String, String> suiteEnv = new HashMap<>(env);
        suiteEnv.put("LEDGER_DATA_DIR", dir.path().toString());
        suiteEnv.put("LEDGER_RATE_LIMIT_PER_SECOND", RATE_LIMIT);
        suiteEnv.put("LEDGER_SIGNING_KEY_FILE", dir.signingKey().toString());
        script = new SuiteScript(repository.suiteScript(), suiteEnv);
        results = Results.open(dir.results());
        phases = new Phases(results, out, System::nanoTime);
        return key;
    }

    private void measure(RSAKey key) throws Exception {
        out.printf("bench: %d events, %d clients x %d s, %d reads each; bench dir %s%n", options.events(),
                options.clients(), options.seconds(), options.reads(), dir.path());
        if (options.district()) {
            out.printf("bench: the generated records spread over %d departments; the district read at N events%n",
                    options.departments());
        }
        out.println("bench: the gateway's rate limit is lifted for this run (LEDGER_RATE_LIMIT_PER_SECOND=" + RATE_LIMIT
                + "; the default 50 requests/s per user would cap the load runs)");
        out.println("bench: the gateway signs identity assertions with the bench's key (LEDGER_SIGNING_KEY_FILE="
                + dir.signingKey() + "), and so does the bench for the run straight to study-service");

        phases.next("cold start");
        Instant asked = Instant.now();
        int started = script.run("up", "-d");
        Instant healthy = Instant.now();
        if (started != 0) {
            throw new BenchFailure("bench: the bench suite did not start (bin/suite up -d: exit status " + started + ")");
        }
        results.put("footprint.coldStartS", coldStart(asked, healthy).toMillis() / 1000.0);
        Suite suite = Suite.startedIn(dir.path());
        new Footprint(suite, results).run("start");

        phases.next("seed");
        Seeding seeding = new Seeding(Suite.GATEWAY, dir.path(), dir.seed(), repository.root(), env);
        if (!seeding.sample(repository.sample())) {
            throw new BenchFailure("bench: " + repository.shown(repository.sample())
                    + " was not imported in full (see above)");
        }
        if (!seeding.examples(repository.ledgerFormat())) {
            err.println("bench: warning: some examples were refused (see above)");
        }
        if (!seeding.changes(repository.sample())) {
            err.println("bench: warning: some corrections or withdrawals were refused (see above)");
        }
        results.put("head.seed", suite.eventStoreHead());
        ReplayWatch.settle(SETTLE_AFTER_SEED_S);

        phases.next("reads at sample size");
        new ReadLatencies(suite, results).run("sample", options.reads());

        SignedAssertions recorder = new SignedAssertions(key, Clock.systemUTC(), "recorder", List.of("recorder"), List.of());
        LoadRun load = new LoadRun(suite, results, recorder);
        phases.next("load through the gateway");
        load.run(LoadRun.Mode.GATEWAY, options.clients(), options.seconds());
        phases.next("load straight to study-service");
        load.run(LoadRun.Mode.DIRECT, options.clients(), options.seconds());
        phases.next("raw JDBC inserts");
        new RawInserts(suite, results).run(options.clients(), options.seconds());
        phases.next("import");
        new ImportRate(seeding, dir.seed(), results, out, options.lines()).run(repository.sample());

        phases.next("generate");
        ReplayWatch.settle(SETTLE_BEFORE_GENERATE_S);
        if (!SuiteProcesses.running(dir.path(), "reporting-service") || script.run("stop", "reporting-service") != 0) {
            throw new BenchFailure("bench: reporting-service was not running");
        }
        DepartmentSpread departments = new DepartmentSpread(options.departments());
        new Generator(suite, results).run(options.events(), departments);

        phases.next("replay");
        new ReplayWatch(suite, results).run(() -> script.start("restart", "reporting-service"), REPLAY_TIMEOUT_S);
        phases.next("raw scan");
        new RawScan(suite, results).run();

        phases.next("reads at N events");
        new ReadLatencies(suite, results).run("n", options.reads());
        if (departments.spread()) {
            DistrictReads district = new DistrictReads(suite, results);
            phases.next("register departments");
            district.register(departments);
            phases.next("district table");
            district.table(departments, options.reads());
            phases.next("district table after writes");
            district.tableAfterWrites(departments, 20);
            phases.next("department figures");
            district.figures(departments, options.reads());
            phases.next("kept figures as computed");
            district.keptAsComputed(departments, 20);
        }
        new Footprint(suite, results).run("n");
        phases.next("two study-service instances");
        twoInstances(load);
        phases.end();
        new ResultTable(results).write(dir.path());
        results.save();
    }

    /**
     * The gateway's load again with two instances of every service (bin/suite up --instances 2), last: a start of
     * twelve JVMs changes what the other rows measure. The gateway balances the records over both study-services.
     * Freshly started JVMs run interpreted code (a first measure right after the start: a third of one warm
     * instance's rate), so a run of the same load warms them first, as the seed and reads warm the single ones.
     */
    private void twoInstances(LoadRun load) throws Exception {
        if (script.run("down") != 0 || script.run("up", "-d", "--instances", "2") != 0) {
            throw new BenchFailure("bench: the bench suite did not start with two instances (bin/suite up -d --instances 2)");
        }
        int warm = Math.min(WARM_TWO_INSTANCES_S, 4 * options.seconds());
        out.printf("bench: warming the two instances up with %d s of the same load (not measured)%n", warm);
        load.run(LoadRun.Mode.GATEWAY_TWO_INSTANCES, options.clients(), warm);
        load.run(LoadRun.Mode.GATEWAY_TWO_INSTANCES, options.clients(), options.seconds());
    }

    /** The longest warm-up of the two instances: 20 s, or four times a load run when shorter (CI's 3 s runs). */
    private static final int WARM_TWO_INSTANCES_S = 20;

    /**
     * From dev-stack's launch (its pid file, written as bin/suite starts it) to all healthy: the build bin/suite up
     * may do first is not part of it. Without that file, from asking.
     */
    private Duration coldStart(Instant asked, Instant healthy) {
        Path devStack = dir.path().resolve("run").resolve("dev-stack.pid");
        Instant launched = asked;
        try {
            Instant written = Files.getLastModifiedTime(devStack).toInstant();
            if (written.isAfter(asked) && written.isBefore(healthy)) {
                launched = written;
            }
        } catch (IOException e) {
            err.println("bench: warning: no " + devStack + ": the cold start counts from 'bin/suite up -d' on");
        }
        Duration took = Duration.between(launched, healthy);
        out.printf("bench: cold start, dev-stack launched to all healthy: %.1f s%n", took.toMillis() / 1000.0);
        return took;
    }

    /** Once: the last phase's time, bin/suite down, the databases deleted unless kept; {@code why}: null when done. */
    private synchronized void finish(String why) {
        if (over) {
            return;
        }
        over = true;
        try {
            phases.end();
        } catch (RuntimeException e) {
            err.println("bench: could not save " + dir.results() + ": " + e.getMessage());
        }
        out.println("bench: stopping the bench suite");
        script.runQuietly("down");
        if (!options.keep()) {
            try {
                dir.deleteDatabases();
            } catch (IOException e) {
                err.println("bench: could not delete the bench dir's databases: " + e.getMessage());
            }
        }
        if (why != null) {
            err.println("bench: " + why + "; logs in " + dir.logs());
        }
    }
}
