package ruleoflaw.ledger.platform.idempotency;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The first answer to each (user, Idempotency-Key), in PostgreSQL so that it outlives a restart. */
class IdempotencyStore {

    sealed interface Claim {
    }

    /** The key is new: handle the request, then {@link #complete} or {@link #abandon}. */
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

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Claim claim(String principal, String key, String requestHash) {
        // an attempt unanswered for this long died (a crash, the database gone): the key may be tried again
        jdbc.update("""
                delete from idempotent_request where principal = ? and idempotency_key = ? and status is null
                and started_at < now() - interval '30 seconds'""", principal, key);
        int inserted = jdbc.update("""
                insert into idempotent_request (principal, idempotency_key, request_hash) values (?, ?, ?)
                on conflict do nothing""", principal, key, requestHash);
        if (inserted == 1) {
            return new Started();
        }
        List<Claim> existing = jdbc.query("""
                select request_hash, status, content_type, response_body from idempotent_request
                where principal = ? and idempotency_key = ?""", (row, n) -> {
            if (!row.getString("request_hash").equals(requestHash)) {
                return new Mismatch();
            }
            int status = row.getInt("status");
            return row.wasNull() ? new InProgress()
                    : new Answered(status, row.getString("content_type"), row.getBytes("response_body"));
        }, principal, key);
        // the first request may have been abandoned between our insert and select: let the client retry
        return existing.isEmpty() ? new InProgress() : existing.get(0);
    }

    void complete(String principal, String key, int status, String contentType, byte[] body) {
        jdbc.update("""
                update idempotent_request set status = ?, content_type = ?, response_body = ?, completed_at = now()
                where principal = ? and idempotency_key = ?""", status, contentType, body, principal, key);
    }

    /** The request failed on the server's side: nothing was kept, the key may be used again. */
    void abandon(String principal, String key) {
        jdbc.update("delete from idempotent_request where principal = ? and idempotency_key = ? and status is null",
                principal, key);
    }
}
