package ruleoflaw.ledger.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ruleoflaw.ledger.cli.gateway.Credentials;

/** --user NAME (and -h): the options of the commands that log in to the gateway. */
public final class LoginOptions {

    @Option(names = "--user", paramLabel = "USER",
            description = "the ledger user to log in as (default $LEDGER_USER, else recorder; admin for rebuild, users "
                    + "and demo-district)")
    private String user;

    @Mixin
    private HelpOption help;

    /** Who to log in as: --user, else $LEDGER_USER, else {@code defaultUser}; with the password found for them. */
    public Credentials credentials(LedgerCommand ledger, String defaultUser) {
        return Credentials.resolve(user, ledger.invocation(), ledger.dataDir(), defaultUser);
    }
}
