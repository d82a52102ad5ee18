package ruleoflaw.ledger.cli.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.TextLines;

/**
 * The ledger user to log in as: --user, else $LEDGER_USER, else the command's default; its password from
 * $LEDGER_PASSWORD, else its line ({@code NAME ROLES PASSWORD}) in the data dir's initial-passwords.txt, else asked
 * for on the terminal.
 */
public record Credentials(String user, String password) {

    public static Credentials resolve(String userOption, Invocation invocation, Path dataDir, String defaultUser) {
        String user = firstGiven(userOption, invocation.env("LEDGER_USER"), defaultUser);
        String password = invocation.env("LEDGER_PASSWORD");
        Path initial = dataDir.resolve("initial-passwords.txt");
        if (password == null && Files.isRegularFile(initial)) {
            password = initialPassword(initial, user);
        }
        if (password == null) {
            if (invocation.prompt() == null) {
                throw new LedgerExit("ledger: no password for user '" + user
                        + "': set LEDGER_PASSWORD (and LEDGER_USER or --user)");
            }
            password = invocation.prompt().ask("password of ledger user " + user + ": ");
        }
        return new Credentials(user, password);
    }

    /** The Authorization header: HTTP Basic. */
    public String authorization() {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    private static String initialPassword(Path file, String user) {
        try {
            String password = null;
            for (String line : TextLines.of(Files.readString(file, StandardCharsets.UTF_8))) {
                String[] fields = line.split(" ", -1);
                if (fields.length == 3 && fields[0].equals(user)) {
                    password = fields[2];
                }
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstGiven(String... names) {
        for (String name : names) {
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return names[names.length - 1];
    }
}
