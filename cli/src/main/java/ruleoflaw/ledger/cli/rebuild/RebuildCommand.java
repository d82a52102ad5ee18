package ruleoflaw.ledger.cli.rebuild;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerCommand;
import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.LoginOptions;
import ruleoflaw.ledger.cli.Pause;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.json.PythonNumbers;
import ruleoflaw.ledger.cli.json.PythonText;
import ruleoflaw.ledger.cli.progress.Progress;
import ruleoflaw.ledger.cli.progress.ProgressReport;

/**
 * {@code bin/suite rebuild [--user NAME]}: starts a rebuild of the reporting projections (or follows the one
 * running) and shows it until it is done.
 */
@Command(name = "rebuild", description = "rebuild the reporting projections from the event store",
        synopsisHeading = "usage: ",
        customSynopsis = "bin/suite rebuild [-h] [--user USER]")
public final class RebuildCommand implements Callable<Integer> {

    static final String REBUILD = "/api/reports/admin/rebuild";
    private static final double POLL_SECONDS = 0.5;

    @Mixin
    private LoginOptions login;

    @ParentCommand
    private LedgerCommand ledger;

    @Override
    public Integer call() {
        Invocation invocation = ledger.invocation();
        Credentials credentials = login.credentials(ledger, "admin");
        Gateway gateway = ledger.gateway(credentials);
        start(gateway, invocation, credentials.user());
        Progress progress = new Progress(0, invocation.err(), invocation.errIsTerminal(), "events");
        progress.report(new ProgressReport(ledger.gatewayAddress(), credentials.authorization(), "rebuild",
                "重建报表投影"));
        JsonNode state = follow(gateway, progress);
        if (state.path("phase").asText().equals("FAILED")) {
            invocation.say("ledger: the rebuild failed: " + PythonText.str(state.get("error")) + "; generation "
                    + field(state, "activeGeneration") + " answers as before (see the reporting-service log)");
            return 1;
        }
        invocation.say("ledger: generation " + field(state, "activeGeneration")
                + " of the reporting projections answers now");
        invocation.print("ledger: rebuilt " + field(state, "eventsProcessed") + " events in "
                + PythonNumbers.fixed(state.path("seconds").asDouble(), 1) + " s ("
                + PythonNumbers.fixed(state.path("eventsPerSecond").asDouble(), 0) + " events/s)");
        return 0;
    }

    private static void start(Gateway gateway, Invocation invocation, String user) {
        Answer answer = gateway.call("POST", REBUILD);
        JsonNode state = answer.json();
        if (answer.status() == 409) {
            String detail = state.isObject() ? (state.has("detail") ? PythonText.str(state.get("detail")) : "")
                    : PythonText.str(state);
            invocation.say("ledger: " + detail + " Following it.");
        } else if (answer.status() != 202) {
            throw new LedgerExit("ledger: starting the rebuild failed: POST " + REBUILD + " answered "
                    + answer.status() + ": " + PythonText.str(state));
        } else {
            invocation.say("ledger: rebuilding the reporting projections into generation " + field(state, "generation")
                    + " as " + user + "; generation " + field(state, "activeGeneration")
                    + " answers until the switch");
        }
    }

    /** Polls the rebuild until it is done or failed; returns its last state. */
    private static JsonNode follow(Gateway gateway, Progress progress) {
        while (true) {
            Answer answer = gateway.call("GET", REBUILD);
            JsonNode state = answer.json();
            if (answer.status() != 200) {
                throw new LedgerExit("ledger: following the rebuild failed: GET " + REBUILD + " answered "
                        + answer.status() + ": " + PythonText.str(state));
            }
            progress.total(state.path("eventsTotal").asLong());
            long done = state.path("eventsProcessed").asLong();
            double rate = state.path("eventsPerSecond").asDouble();
            double eta = state.path("etaSeconds").asDouble();
            String phase = state.path("phase").asText();
            if (phase.equals("DONE") || phase.equals("FAILED")) {
                progress.update(done, true, rate, eta);
                return state;
            }
            progress.update(done, false, rate, eta);
            Pause.seconds(POLL_SECONDS);
        }
    }

    private static String field(JsonNode state, String name) {
        JsonNode value = state.get(name);
        if (value == null) {
            throw new LedgerExit("ledger: the rebuild's state has no \"" + name + "\": " + PythonText.str(state));
        }
        return PythonText.str(value);
    }
}
