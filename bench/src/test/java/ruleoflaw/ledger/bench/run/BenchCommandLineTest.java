package ruleoflaw.ledger.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bench.jar run's options, read as bin/suite bench read them; the bench itself does not run here. */
class BenchCommandLineTest {

    private final List<BenchOptions> ran = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BenchCommandLine.of(options -> {
            ran.add(options);
            return 0;
        }, "target/bench", new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void withoutOptionsTheFullSize() {
        assertThat(run("run")).isZero();

        assertThat(ran).containsExactly(new BenchOptions(1_000_000, 30, 32, 100, 1, 10_000, false));
        assertThat(ran.get(0).district()).isFalse();
    }

    @Test
    void everyOptionInAnyOrder() {
        assertThat(run("run", "--keep", "--reads", "10", "--departments", "6", "--events", "20000", "--clients", "4",
                "--seconds", "5", "--lines", "2000")).isZero();

        assertThat(ran).containsExactly(new BenchOptions(20_000, 5, 4, 10, 6, 2_000, true));
        assertThat(ran.get(0).district()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "06", "x"})
    void departmentsAreAPositiveNumberToo(String value) {
        assertThat(run("run", "--departments", value)).isEqualTo(2);

        assertThat(ran).isEmpty();
        assertThat(err.toString()).contains("--lines take positive numbers, not '" + value + "'");
    }

    @Test
    void linesArePositiveToo() {
        assertThat(run("run", "--lines", "0")).isEqualTo(2);

        assertThat(ran).isEmpty();
        assertThat(err.toString()).contains("take positive numbers, not '0'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "012", "2.5", "1e6", "ten", "", "+3"})
    void aCountThatIsNotAPlainPositiveNumberIsRefusedAndNothingRuns(String value) {
        assertThat(run("run", "--clients", value)).isEqualTo(2);

        assertThat(ran).isEmpty();
        assertThat(err.toString()).isEqualTo("bench: --events, --seconds, --clients, --reads, --departments and --lines take "
                + "positive numbers, not '" + value + "' (bin/suite bench --help)" + System.lineSeparator());
    }

    @Test
    void aCountBeyondAnIntIsRefusedButManyEventsAreNot() {
        assertThat(run("run", "--seconds", "3000000000")).isEqualTo(2);
        assertThat(err.toString()).contains("take positive numbers up to 2147483647, not '3000000000'");

        assertThat(run("run", "--events", "3000000000")).isZero();
        assertThat(ran).extracting(BenchOptions::events).containsExactly(3_000_000_000L);
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThat(run("run", "--events", "5", "--fast")).isEqualTo(2);

        assertThat(ran).isEmpty();
        assertThat(err.toString()).startsWith("bench: unknown option for bench: --fast (bin/suite bench --help)");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThat(run("run", "--reads")).isEqualTo(2);

        assertThat(ran).isEmpty();
        assertThat(err.toString()).startsWith("bench: ").contains("--reads").endsWith("(bin/suite bench --help)"
                + System.lineSeparator());
    }

    @Test
    void helpIsTheBenchsTextWithTheBenchDirAndRunsNothing() {
        assertThat(run("run", "--events", "5", "--help")).isZero();

        assertThat(ran).isEmpty();
        assertThat(out.toString())
                .startsWith("Usage: bin/suite bench [--events N] [--seconds S] [--clients C] [--reads R] [--departments D] "
                        + "[--lines L]\n       [--keep]")
                .contains("--lines L (10000)")
                .contains("--departments D (1: the installation's default department only, no district reads)")
                .contains("own data dir, ${LEDGER_BENCH_DIR:-<repo>/target/bench} (now target/bench), emptied first:")
                .contains("corrections (~5 %) and")
                .contains("LEDGER_SIGNING_KEY_FILE")
                .contains("Options: --events N (default 1000000)  --seconds S (30)  --clients C (32)  --reads R (100)")
                .doesNotContain("/api/bench");
    }

    @Test
    void withoutRunItSaysHow() {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString()).contains("java -jar bench/target/bench.jar run [OPTIONS]");
    }
}
