package ruleoflaw.ledger.platform.record;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

/**
 * Record ids: generated, or chosen by the writer in the {@code Record-Id} header of the POST that records it (a ledger
 * import keeps the ids of its file, so that records refer to each other by the same ids everywhere).
 */
public final class RecordIds {

    public static final String HEADER = "Record-Id";
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private RecordIds() {
    }

    /**
     * The id of the record a request with this {@code Idempotency-Key} records: the same for every attempt of the
     * same user, so that an attempt after a crash between recording and answering finds the record of the first.
     */
    public static String ofIdempotencyKey(String key) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String principal = who == null ? "anonymous" : who.getName();
        return UUID.nameUUIDFromBytes((principal + "\n" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id the writer chose (checked), or a new random one when it chose none. */
    public static String chosenOrNew(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!ALLOWED.matcher(chosen).matches()) {
            throw new InvalidFieldException(HEADER, "a record id is 1 to 100 characters: letters, digits and . _ : -, "
                    + "starting with a letter or digit (was '" + chosen + "')");
        }
        return chosen;
    }
}
