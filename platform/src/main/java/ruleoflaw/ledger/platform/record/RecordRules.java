package ruleoflaw.ledger.platform.record;

import ruleoflaw.ledger.platform.problem.RecordConflictException;

/** The rules every record's aggregate keeps, whatever it records. */
public final class RecordRules {

    private RecordRules() {
    }

    /** A withdrawn record stays as it was withdrawn: no correction, no second withdrawal. */
    public static void requireNotWithdrawn(boolean withdrawn, String recordType, String id) {
        if (withdrawn) {
            throw new RecordConflictException("The " + recordType + " record " + id
                    + " was withdrawn; a withdrawn record is not changed again. Record it anew if it is needed.");
        }
    }
}
