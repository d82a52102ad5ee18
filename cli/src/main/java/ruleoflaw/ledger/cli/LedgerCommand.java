package ruleoflaw.ledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ruleoflaw.ledger.cli.demo.DemoDistrictCommand;
import ruleoflaw.ledger.cli.exporting.ExportCommand;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.GatewayAddress;
import ruleoflaw.ledger.cli.importing.ImportCommand;
import ruleoflaw.ledger.cli.rebuild.RebuildCommand;
import ruleoflaw.ledger.cli.users.UsersCommand;

/** {@code bin/suite import|export|rebuild|users|demo-district}: the options every command shares. */
@Command(name = "bin/suite",
        synopsisHeading = "usage: ",
        customSynopsis = {"bin/suite [-h] [--gateway GATEWAY] [--data-dir DATA_DIR]",
                "                 {import,export,rebuild,users,demo-district} ..."},
        description = "Imports and exports the ledger format through the gateway of a running suite; rebuilds its "
                + "reporting projections; manages its users; adds the demo district's generated departments.",
        subcommands = {ImportCommand.class, ExportCommand.class, RebuildCommand.class, UsersCommand.class,
                DemoDistrictCommand.class})
public final class LedgerCommand implements Callable<Integer> {

    static final String DEFAULT_GATEWAY = "http://127.0.0.1:8080";
    /** How long a service may stay away (502/503/504) before its lines are given up on. */
    static final String DEFAULT_WAIT_SECONDS = "30";

    @Option(names = "--gateway", paramLabel = "GATEWAY",
            description = "the gateway's URL (default $LEDGER_GATEWAY_URL or " + DEFAULT_GATEWAY + ")")
    private String gateway;

    @Option(names = "--data-dir", paramLabel = "DATA_DIR",
            description = "the data dir whose initial-passwords.txt is read (default $LEDGER_DATA_DIR or <repo>/data)")
    private String dataDir;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    private final Invocation invocation;

    public LedgerCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "the following arguments are required: command");
    }

    public Invocation invocation() {
        return invocation;
    }

    public String gatewayUrl() {
        return gateway != null ? gateway : invocation.env("LEDGER_GATEWAY_URL", DEFAULT_GATEWAY);
    }

    public Path dataDir() {
        return Path.of(dataDir != null ? dataDir
                : invocation.env("LEDGER_DATA_DIR", invocation.root().resolve("data").toString()));
    }

    public GatewayAddress gatewayAddress() {
        return GatewayAddress.of(gatewayUrl());
    }

    /** The gateway as {@code credentials}; {@code say}: what it says (after "ledger: ") while it waits. */
    public Gateway gateway(Credentials credentials, Consumer<String> say) {
        return new Gateway(gatewayAddress(), credentials, waitSeconds(), say);
    }

    /** The gateway as {@code credentials}, saying on standard error what it waits for. */
    public Gateway gateway(Credentials credentials) {
        return gateway(credentials, text -> invocation.say("ledger: " + text));
    }

    private int waitSeconds() {
        String seconds = invocation.env("LEDGER_IMPORT_WAIT", DEFAULT_WAIT_SECONDS);
        try {
            return Integer.parseInt(seconds.strip());
        } catch (NumberFormatException e) {
            throw new LedgerExit("ledger: LEDGER_IMPORT_WAIT is a number of seconds, not '" + seconds + "'");
        }
    }
}
