package ruleoflaw.ledger.contracts.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The roles of the ledger and the claims of the gateway's identity assertion, shared by the gateway
 * (which issues assertions) and every service (which checks them).
 */
public final class LedgerRoles {

    /** Writes records; may be limited to some contexts. */
    public static final String RECORDER = "recorder";
    /** Writes report narrative. */
    public static final String EDITOR = "editor";
    /** Approves and publishes reports. */
    public static final String APPROVER = "approver";
    /** Reads everything. */
    public static final String AUDITOR = "auditor";
    /** Replays, dead letters, users and departments. */
    public static final String ADMIN = "admin";
    /** The district office: reads every department and its reports, records nothing. */
    public static final String SUPERVISOR = "supervisor";

    public static final List<String> ALL = List.of(RECORDER, EDITOR, APPROVER, AUDITOR, ADMIN, SUPERVISOR);

    /** The contexts whose records a recorder writes; the path segment after {@code /api/}. */
    public static final List<String> RECORDING_CONTEXTS = List.of("study", "litigation", "outreach", "disclosure");

    /**
     * The steps of an annual report, each a write under {@code /api/reports/{year}/report/}, and the one role that
     * takes it: editors write the narrative, submit and open revisions; approvers approve, return and publish.
     * The gateway and reporting-service both enforce it.
     */
    public static final Map<String, String> REPORT_STEPS = Map.of(
            "narrative", EDITOR, "submission", EDITOR, "revision", EDITOR,
            "approval", APPROVER, "return", APPROVER, "publication", APPROVER);

    /** What anyone may read without signing in (GET): published reports are public. */
    public static final String[] PUBLIC_READS = {"/api/reports/*/published", "/api/reports/*/published/**"};

    public static final String ISSUER = "ledger-gateway";
    public static final String AUDIENCE = "ledger-services";
    public static final String ROLES_CLAIM = "roles";
    /** Contexts a recorder may write; absent or empty means all. */
    public static final String CONTEXTS_CLAIM = "contexts";
    /** The department the request acts for: one of the user's, or any for a district-wide reader's read. */
    public static final String DEPARTMENT_CLAIM = "department";
    /** {@code true} when the user reads every department (a supervisor; an auditor or admin of no department). */
    public static final String DISTRICT_CLAIM = "district";

    private LedgerRoles() {
    }

    /** How long an assertion is valid: long enough for one request, too short to be worth stealing. */
    public static final Duration ASSERTION_LIFETIME = Duration.ofSeconds(60);

    /** The paths of a report step's writes (a section's narrative is one segment further down). */
    public static String reportStepPath(String step) {
        return "/api/reports/*/report/" + step + "/**";
    }

    /** Whether a recorder limited to {@code allowed} (empty: unlimited) may write in {@code context}. */
    public static boolean mayRecordIn(List<String> allowed, String context) {
        return allowed == null || allowed.isEmpty() || allowed.contains(context);
    }
}
