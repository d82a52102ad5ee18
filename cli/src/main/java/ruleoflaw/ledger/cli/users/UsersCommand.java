package ruleoflaw.ledger.cli.users;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ruleoflaw.ledger.cli.HelpOption;
import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerCommand;
import ruleoflaw.ledger.cli.LoginOptions;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonText;

/**
 * {@code bin/suite users add|remove|reset-password|list}: the gateway's users, through its {@code /api/users}, as
 * an admin. The one help text about managing users is this command's.
 */
@Command(name = "users", description = "manage the gateway's users (as an admin, through the running gateway)",
        synopsisHeading = "usage: ",
        customSynopsis = {"bin/suite users [-h] {add,remove,reset-password,list} ...",
                "  add NAME --roles ROLE[,ROLE...] [--contexts CONTEXT[,CONTEXT...]]",
                "  remove NAME",
                "  reset-password NAME",
                "  list",
                "  (each also takes --user USER: the admin to log in as)"},
        footerHeading = "%n",
        footer = {
                "Roles: recorder (writes records; --contexts limits it to some of study, litigation, outreach, "
                        + "disclosure), editor (writes report narrative), approver (approves and publishes reports), "
                        + "auditor (reads everything), admin (replays, dead letters, users). Anybody signed in reads.",
                "A name is 1 to 64 letters (Chinese ones too), digits, '.', '_', '-' or '@', beginning with a letter "
                        + "or a digit.",
                "'add' and 'reset-password' print the generated password once: hand it over, the ledger keeps only "
                        + "its bcrypt hash. A change holds from the gateway's next request on, without a restart. "
                        + "The last admin cannot be removed or lose the role.",
                "",
                "The suite must be running (bin/suite up -d): every command goes through the gateway's /api/users, "
                        + "logged in as an admin: --user, else $LEDGER_USER, else admin; its password from "
                        + "$LEDGER_PASSWORD, else its line in DATA_DIR/initial-passwords.txt, else asked for.",
                "Every admin password lost? README.md, \"Users and roles\", says how to start the users again."})
public final class UsersCommand implements Callable<Integer> {

    @ParentCommand
    private LedgerCommand ledger;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "the following arguments are required: command");
    }

    @Command(name = "add", description = "add a user; prints its generated password, once",
            synopsisHeading = "usage: ",
            customSynopsis = {"bin/suite users add [-h] [--user USER] NAME --roles ROLE[,ROLE...]",
                    "                           [--contexts CONTEXT[,CONTEXT...]] [--departments CODE[,CODE...]]"})
    int add(@Mixin LoginOptions login,
            @Parameters(paramLabel = "NAME", description = "the new user's name") String name,
            @Option(names = "--roles", paramLabel = "ROLE", split = ",", required = true,
                    description = "recorder, editor, approver, auditor, admin, supervisor") List<String> roles,
            @Option(names = "--contexts", paramLabel = "CONTEXT", split = ",",
                    description = "a recorder only: the contexts it writes in (study, litigation, outreach, "
                            + "disclosure); all if not given") List<String> contexts,
            @Option(names = "--departments", paramLabel = "CODE", split = ",",
                    description = "the codes of the departments it acts for; the installation's default department "
                            + "if not given (an auditor or admin of no department reads every one)")
            List<String> departments) {
        ObjectNode user = Json.nodes().objectNode().put("name", name);
        roles.forEach(user.putArray("roles")::add);
        (contexts == null ? List.<String>of() : contexts).forEach(user.putArray("contexts")::add);
        if (departments != null) {
            departments.forEach(user.putArray("departments")::add);
        }
        JsonNode added = api(login).add(user);
        Invocation invocation = ledger.invocation();
        invocation.say("ledger: added user " + name + " (" + String.join(",", texts(added.path("roles")))
                + (added.path("contexts").isEmpty() ? "" : "; contexts " + String.join(",", texts(added.path("contexts"))))
                + (added.path("departments").isEmpty() ? ""
                        : "; departments " + String.join(",", texts(added.path("departments"))))
                + "); its password is shown this once:");
        invocation.print("password: " + PythonText.str(added.path("password")));
        return 0;
    }

    @Command(name = "remove", description = "remove a user; its password stops working at once",
            synopsisHeading = "usage: ", customSynopsis = "bin/suite users remove [-h] [--user USER] NAME")
    int remove(@Mixin LoginOptions login, @Parameters(paramLabel = "NAME", description = "the user") String name) {
        api(login).remove(name);
        ledger.invocation().print("ledger: removed user " + name);
        return 0;
    }

    @Command(name = "reset-password", description = "give a user a new generated password (printed once); "
            + "the old one stops working at once",
            synopsisHeading = "usage: ", customSynopsis = "bin/suite users reset-password [-h] [--user USER] NAME")
    int resetPassword(@Mixin LoginOptions login,
            @Parameters(paramLabel = "NAME", description = "the user") String name) {
        JsonNode reset = api(login).resetPassword(name);
        ledger.invocation().say("ledger: a new password for " + name + ", shown this once:");
        ledger.invocation().print("password: " + PythonText.str(reset.path("password")));
        return 0;
    }

    @Command(name = "list", description = "every user with its roles and contexts (never a password)",
            synopsisHeading = "usage: ", customSynopsis = "bin/suite users list [-h] [--user USER]")
    int list(@Mixin LoginOptions login) {
        UserTable.lines(api(login).list()).forEach(ledger.invocation()::print);
        return 0;
    }

    private UsersApi api(LoginOptions login) {
        Credentials admin = login.credentials(ledger, "admin");
        return new UsersApi(ledger.gateway(admin), admin);
    }

    private static List<String> texts(JsonNode values) {
        return java.util.stream.StreamSupport.stream(values.spliterator(), false).map(PythonText::str).toList();
    }
}
