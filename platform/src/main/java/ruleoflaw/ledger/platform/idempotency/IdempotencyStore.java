package ruleoflaw.ledger.platform.idempotency;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The first answer to each (user, Idempotency-Key), in PostgreSQL so that it outlives a restart. */
class IdempotencyStore {

    sealed interface Claim {
    }

    /** The key is new: handle the request, then {@link #complete} in the same transaction. */
    record Started() implements Claim {
    }

    /** The same request was answered before: answer it again. */
    record Answered(int status, String contentType, byte[] body) implements Claim {
    }

    /** The key was used with another request. */
    record Mismatch() implements Claim {
    }

    /** The first request with this key is still being handled. */
    record InProgress() implements Claim {
    }

    /**
     * A claim committed unanswered, by a release that claimed in a transaction of its own, whose request then died (a
     * crash, the database gone): the key may be tried again.
     */
    private static final String DIED = """
            idempotent_request.status is null and idempotent_request.started_at < now() - interval '30 seconds'""";

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key in the caller's transaction. A concurrent request holding an uncommitted claim of the same key
     * makes this wait until it commits (then its answer is returned) or rolls back (then the key is this one's).
     */
    Claim claim(String principal, String key, String requestHash) {
        int claimed = jdbc.update("""
                insert into idempotent_request (principal, idempotency_key, request_hash) values (?, ?, ?)
                on conflict (principal, idempotency_key) do update
                set request_hash = excluded.request_hash, started_at = now()
                where %s""".formatted(DIED), principal, key, requestHash);
        if (claimed == 1) {
            return new Started();
        }
        // the first request may have been rolled back between our insert and select: let the client retry
        return existing(principal, key, requestHash).orElse(new InProgress());
    }

    /** What the store holds for the key, without claiming it. */
    Optional<Claim> existing(String principal, String key, String requestHash) {
        List<Claim> existing = jdbc.query("""
                select request_hash, status, content_type, response_body from idempotent_request
                where principal = ? and idempotency_key = ? and not (%s)""".formatted(DIED), (row, n) -> {
            if (!row.getString("request_hash").equals(requestHash)) {
                return new Mismatch();
            }
            int status = row.getInt("status");
            return row.wasNull() ? new InProgress()
                    : new Answered(status, row.getString("content_type"), row.getBytes("response_body"));
        }, principal, key);
        return existing.stream().findFirst();
    }

    /** Keeps the answer of the key claimed in this transaction. */
    void complete(String principal, String key, int status, String contentType, byte[] body) {
        jdbc.update("""
                update idempotent_request set status = ?, content_type = ?, response_body = ?, completed_at = now()
                where principal = ? and idempotency_key = ?""", status, contentType, body, principal, key);
    }

    /**
     * Claims the key and keeps its answer in one statement, for a request handled outside the claim's transaction.
     * Empty when the key was taken meanwhile: then what the store holds for it is the answer.
     */
    Optional<Claim> keep(String principal, String key, String requestHash, int status, String contentType, byte[] body) {
        int inserted = jdbc.update("""
                insert into idempotent_request (principal, idempotency_key, request_hash, status, content_type,
                                                response_body, completed_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (principal, idempotency_key) do update
                set request_hash = excluded.request_hash, status = excluded.status, content_type = excluded.content_type,
                    response_body = excluded.response_body, started_at = now(), completed_at = now()
                where %s""".formatted(DIED),
                principal, key, requestHash, status, contentType, body);
        return inserted == 1 ? Optional.empty()
                : Optional.of(existing(principal, key, requestHash).orElse(new InProgress()));
    }
}
