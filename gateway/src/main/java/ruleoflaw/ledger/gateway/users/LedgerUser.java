package ruleoflaw.ledger.gateway.users;

import java.util.List;

/**
 * A user of the local mode, as stored in {@code users.json}.
 *
 * @param password the password's hash, with its encoder's prefix (e.g. {@code {bcrypt}...})
 * @param contexts for a recorder: the contexts it may write; empty means all
 * @param departments the codes of the departments it acts for; empty means the installation's default department
 *                    (and, for an auditor or admin, reading every department)
 */
public record LedgerUser(String name, String password, List<String> roles, List<String> contexts,
        List<String> departments) {

    public LedgerUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
