package ruleoflaw.ledger.cli.users;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ruleoflaw.ledger.cli.HelpOption;
import ruleoflaw.ledger.cli.LedgerCommand;
import ruleoflaw.ledger.cli.gateway.Credentials;

/** --user NAME (and -h) of the users commands: managing users takes an admin. */
public final class AdminLogin {

    @Option(names = "--user", paramLabel = "USER",
            description = "the admin to log in as (default $LEDGER_USER, else admin)")
    private String user;

    @Mixin
    private HelpOption help;

    Credentials credentials(LedgerCommand ledger) {
        return Credentials.resolve(user, ledger.invocation(), ledger.dataDir(), "admin");
    }
}
