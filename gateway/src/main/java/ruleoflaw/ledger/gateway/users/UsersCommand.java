package ruleoflaw.ledger.gateway.users;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ruleoflaw.ledger.contracts.identity.LedgerRoles;

/**
 * {@code java -jar gateway.jar users add|remove|reset-password|list ...}: manages the local users file
 * without starting the gateway; a running gateway sees the change at its next request.
 */
public final class UsersCommand {

    private static final String USAGE = """
            usage: users add NAME --roles ROLE[,ROLE...] [--contexts CONTEXT[,CONTEXT...]]
                   users reset-password NAME
                   users remove NAME
                   users list
            roles: %s; contexts (limit a recorder): %s
            The file is $LEDGER_DATA_DIR/users.json (default data/users.json).""".formatted(
            String.join(", ", LedgerRoles.ALL), String.join(", ", LedgerRoles.RECORDING_CONTEXTS));

    private UsersCommand() {
    }

    /** Returns the process exit code. */
    public static int run(String[] args, UsersFile users) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        if (words.isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        String command = words.remove(0);
        try {
            return switch (command) {
                case "list" -> list(users);
                case "add" -> add(words, users);
                case "reset-password" -> resetPassword(words, users);
                case "remove" -> remove(words, users);
                default -> usage("unknown users command: " + command);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    private static int list(UsersFile users) {
        System.out.printf("%-20s %-30s %s%n", "name", "roles", "contexts");
        for (LedgerUser user : users.all()) {
            System.out.printf("%-20s %-30s %s%n", user.name(), String.join(",", user.roles()),
                    user.contexts().isEmpty() ? "(all)" : String.join(",", user.contexts()));
        }
        return 0;
    }

    private static int add(List<String> words, UsersFile users) {
        String name = name(words);
        List<String> roles = option(words, "--roles");
        List<String> contexts = option(words, "--contexts");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("--roles is required");
        }
        check(roles, LedgerRoles.ALL, "role");
        check(contexts, LedgerRoles.RECORDING_CONTEXTS, "context");
        if (!words.isEmpty()) {
            throw new IllegalArgumentException("unexpected: " + String.join(" ", words));
        }
        String password = users.put(name, roles, contexts);
        System.out.println("user " + name + " (" + String.join(",", roles) + ") saved in " + users.path());
        System.out.println("password: " + password);
        return 0;
    }

    private static int resetPassword(List<String> words, UsersFile users) {
        String name = name(words);
        LedgerUser user = users.find(name).orElseThrow(() -> new IllegalArgumentException("no user " + name));
        System.out.println("password: " + users.put(name, user.roles(), user.contexts()));
        return 0;
    }

    private static int remove(List<String> words, UsersFile users) {
        String name = name(words);
        if (!users.remove(name)) {
            throw new IllegalArgumentException("no user " + name);
        }
        System.out.println("user " + name + " removed");
        return 0;
    }

    private static String name(List<String> words) {
        if (words.isEmpty() || words.get(0).startsWith("--")) {
            throw new IllegalArgumentException("NAME is missing");
        }
        String name = words.remove(0);
        if (name.isBlank() || name.contains(":") || name.length() > 100) {
            throw new IllegalArgumentException("a user name has 1 to 100 characters and no ':'");
        }
        return name;
    }

    private static List<String> option(List<String> words, String option) {
        int at = words.indexOf(option);
        if (at < 0) {
            return List.of();
        }
        if (at + 1 >= words.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = words.remove(at + 1);
        words.remove(at);
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void check(List<String> given, List<String> known, String what) {
        for (String value : given) {
            if (!known.contains(value)) {
                throw new IllegalArgumentException("unknown " + what + " '" + value + "': one of " + known);
            }
        }
    }

    private static int usage(String problem) {
        System.err.println("users: " + problem);
        System.err.println(USAGE);
        return 2;
    }

    public static Path defaultFile() {
        String data = System.getenv("LEDGER_DATA_DIR");
        return Path.of(data == null || data.isBlank() ? "data" : data).resolve("users.json");
    }
}
