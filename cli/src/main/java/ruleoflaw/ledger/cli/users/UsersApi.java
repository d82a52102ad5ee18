package ruleoflaw.ledger.cli.users;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.Problems;
import ruleoflaw.ledger.cli.json.PythonText;

/** The gateway's {@code /api/users}, as one admin; a refusal ends the run with what the gateway said. */
final class UsersApi {

    static final String USERS = "/api/users";
    /** The command line's words for the fields a 400 names. */
    private static final Map<String, String> OPTIONS = Map.of("name", "NAME", "roles", "--roles", "contexts", "--contexts",
            "departments", "--departments");

    private final Gateway gateway;
    private final Credentials admin;

    UsersApi(Gateway gateway, Credentials admin) {
        this.gateway = gateway;
        this.admin = admin;
    }

    JsonNode list() {
        return expect(200, gateway.call("GET", USERS), "listing the users");
    }

    JsonNode add(JsonNode user) {
        return expect(201, gateway.call("POST", USERS, user, Map.of()), "adding the user");
    }

    JsonNode resetPassword(String name) {
        return expect(200, gateway.call("POST", user(name) + "/password"), "resetting the password of " + name);
    }

    void remove(String name) {
        expect(204, gateway.call("DELETE", user(name)), "removing " + name);
    }

    /** The path of one user: its name as one path segment. */
    static String user(String name) {
        return USERS + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode expect(int status, Answer answer, String doing) {
        if (answer.status() == status) {
            return answer.json();
        }
        JsonNode problem = answer.json();
        String why = switch (answer.status()) {
            case 400 -> "the gateway refused it: " + fields(problem);
            case 401 -> "the gateway did not accept user '" + admin.user() + "' with that password (set LEDGER_PASSWORD, "
                    + "or --user NAME)";
            case 403 -> "user '" + admin.user() + "' may not manage users: that takes the admin role (--user NAME)";
            case 404, 409 -> problem.hasNonNull("title") ? Problems.detail(answer.payload())
                    : "the gateway has no users API (" + answer.status() + "): are the users managed by an identity "
                            + "provider, or is the gateway older than this command line?";
            default -> "the gateway answered " + answer.status() + ": " + Problems.detail(answer.payload());
        };
        throw new LedgerExit("ledger: " + doing + " failed: " + why);
    }

    /** A 400's fields in the command line's words: {@code --roles: 'superuser' is unknown: ...}. */
    private static String fields(JsonNode problem) {
        List<String> said = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String field = PythonText.str(error.path("field"));
            said.add(OPTIONS.getOrDefault(field, field) + ": " + PythonText.str(error.path("message")));
        }
        return said.isEmpty() ? Problems.detail(problem) : String.join("; ", said);
    }
}
