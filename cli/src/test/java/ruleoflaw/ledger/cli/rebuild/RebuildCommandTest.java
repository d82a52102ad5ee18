package ruleoflaw.ledger.cli.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.LedgerRun;

class RebuildCommandTest {

    private static final String REPLAYING = "{\"phase\":\"REPLAYING\",\"activeGeneration\":1,\"generation\":2,"
            + "\"eventsProcessed\":100,\"eventsTotal\":195,\"eventsPerSecond\":50.0,\"etaSeconds\":2,\"seconds\":2.0}";
    private static final String DONE = "{\"phase\":\"DONE\",\"activeGeneration\":2,\"generation\":2,"
            + "\"eventsProcessed\":195,\"eventsTotal\":195,\"eventsPerSecond\":50.7,\"etaSeconds\":0,\"seconds\":3.843}";

    @Test
    void startsTheRebuildAndFollowsItToTheSwitch() throws IOException {
        AtomicInteger polls = new AtomicInteger();
        try (FakeGateway gateway = new FakeGateway(request -> request.method().equals("POST")
                ? Reply.of(202, "{\"phase\":\"REPLAYING\",\"activeGeneration\":1,\"generation\":2}")
                : Reply.of(200, polls.getAndIncrement() == 0 ? REPLAYING : DONE))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "rebuild");

            assertThat(run.status()).isZero();
            assertThat(run.err()).isEqualTo("ledger: rebuilding the reporting projections into generation 2 as admin; "
                    + "generation 1 answers until the switch\n"
                    + "ledger: [###############---------------] 100/195  50.0 events/s  ETA 2 s\n"
                    + "ledger: [##############################] 195/195  50.7 events/s  ETA 0 s\n"
                    + "ledger: generation 2 of the reporting projections answers now\n");
            assertThat(run.out()).isEqualTo("ledger: rebuilt 195 events in 3.8 s (51 events/s)\n");
            assertThat(gateway.reports()).last().satisfies(report -> assertThat(report.body()).isEqualTo(
                    "{\"kind\": \"rebuild\", \"label\": \"重建报表投影\", \"done\": 195, \"total\": 195, \"rate\": 50.7, "
                            + "\"eta\": 0.0, \"finished\": true}"));
        }
    }

    @Test
    void followsTheRebuildAlreadyRunning() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> request.method().equals("POST")
                ? Reply.problem(409, "A rebuild is running already.") : Reply.of(200, DONE))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "rebuild");

            assertThat(run.status()).isZero();
            assertThat(run.err()).startsWith("ledger: A rebuild is running already. Following it.\n");
        }
    }

    @Test
    void saysWhatTheGatewayAnsweredWhenItCannotStart() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.problem(403, "admins only"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "rebuild", "--user", "auditor");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("ledger: starting the rebuild failed: POST /api/reports/admin/rebuild "
                    + "answered 403: {'type': 'about:blank', 'title': 'Problem', 'status': 403, 'detail': 'admins only'}\n");
        }
    }

    @Test
    void failsWhenTheRebuildFails() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> request.method().equals("POST")
                ? Reply.of(202, "{\"activeGeneration\":1,\"generation\":2}")
                : Reply.of(200, "{\"phase\":\"FAILED\",\"activeGeneration\":1,\"eventsProcessed\":3,\"eventsTotal\":9,"
                        + "\"error\":\"磁盘已满\"}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "rebuild");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).endsWith("ledger: the rebuild failed: 磁盘已满; generation 1 answers as before "
                    + "(see the reporting-service log)\n");
            assertThat(run.out()).isEmpty();
        }
    }
}
