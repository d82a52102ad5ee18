package ruleoflaw.ledger.reporting.records;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of one record, as an event made it: the first recording is version 0, every later
 * correction or withdrawal a new version. Nothing is overwritten, so the figures of any past day
 * can be computed again, and every figure can list the records behind it.
 *
 * @param eventId      the event that made this version
 * @param recordId     the record, stable across its versions
 * @param type         the record type, as in the ledger format (e.g. {@code study.session})
 * @param businessDate when it happened (ISO date), which decides the year it counts in
 * @param recordedAt   when the event was stored
 * @param change       {@code recorded}, {@code corrected} or {@code withdrawn}
 * @param reason       why it was corrected or withdrawn
 * @param facts        the record's details, field by field as in its REST body
 * @param id           the document id: the position in the store and the event id ({@link #at}) when the projection
 *                     writes it, else the event id; either way projecting the event twice changes nothing
 * @param department   the department the record belongs to, as its first recording named it; none on versions of
 *                     records stored before departments existed (the installation's default department's)
 */
@Document(RecordVersion.COLLECTION)
public record RecordVersion(
        String eventId,
        String recordId,
        String type,
        long version,
        String businessDate,
        int year,
        Instant recordedAt,
        String recordedBy,
        String correlationId,
        String change,
        String reason,
        boolean withdrawn,
        String title,
        Map<String, Object> facts,
        @Id String id,
        String department) {

    public static final String COLLECTION = "reporting_record_versions";

    /** Versions stored before the id was the event's position have the event id as their id only. */
    public RecordVersion {
        eventId = eventId == null ? id : eventId;
    }

    /** A version kept under its event id. */
    public RecordVersion(String eventId, String recordId, String type, long version, String businessDate, int year,
            Instant recordedAt, String recordedBy, String correlationId, String change, String reason,
            boolean withdrawn, String title, Map<String, Object> facts) {
        this(eventId, recordId, type, version, businessDate, year, recordedAt, recordedBy, correlationId, change, reason,
                withdrawn, title, facts, eventId, null);
    }

    /** This version of a record of {@code department}. */
    public RecordVersion inDepartment(String department) {
        return new RecordVersion(eventId, recordId, type, version, businessDate, year, recordedAt, recordedBy,
                correlationId, change, reason, withdrawn, title, facts, id, department);
    }

    /**
     * This version kept under the processor's position in the store when it came to the event, zero-padded, then the
     * event id: the embedded server's store is a B-tree by id, and a partition filled in event order grows at its end
     * instead of rewriting pages all over (random event ids made each insert rewrite a page of ~10 versions). The
     * position alone is not unique: an event committed late, into a gap, comes with the position already reached.
     */
    RecordVersion at(long position) {
        return new RecordVersion(eventId, recordId, type, version, businessDate, year, recordedAt, recordedBy,
                correlationId, change, reason, withdrawn, title, facts, String.format("%019d:%s", position, eventId),
                department);
    }

    /** This version, withdrawn by {@code event}: the same record details, no longer counted. */
    public RecordVersion withdrawnBy(String eventId, long version, Instant at, String by, String correlationId,
            String reason) {
        return new RecordVersion(eventId, recordId, type, version, businessDate, year, at, by, correlationId, "withdrawn",
                reason, true, title, facts, eventId, department);
    }

    public Object fact(String name) {
        return facts == null ? null : facts.get(name);
    }

    public List<String> factList(String name) {
        return fact(name) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public double factNumber(String name) {
        return fact(name) instanceof Number number ? number.doubleValue() : 0;
    }
}
