package ruleoflaw.ledger.platform.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import ruleoflaw.ledger.contracts.record.RecordCorrected;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.audit.AuditMetadata;

/** Every change of one record, oldest first, read from the event store itself. */
class RecordHistory {

    /**
     * @param change {@code recorded}, {@code corrected} or {@code withdrawn}; a later event that states the record
     *               anew without correcting it (a lifecycle step, e.g. a case's {@code defenceFiled}) by its event
     * @param idempotencyKey the Idempotency-Key of the request that made the change, if it had one (an imported
     *               line's id): a client that sends a line again can tell that its change is already here
     * @param record the details as of this change (none for a withdrawal)
     * @param department the department the change was made for; none before departments existed (the default one)
     */
    record Change(long version, String change, Instant at, Object by, Object correlationId, Object idempotencyKey,
            String reason, RecordDetails record, String department) {
    }

    private final EventStore events;

    RecordHistory(EventStore events) {
        this.events = events;
    }

    /** From the first event, not from a snapshot (which {@code readEvents(id)} would start with). */
    List<Change> of(String id) {
        return events.readEvents(id, 0).asStream().map(RecordHistory::change).toList();
    }

    /** The first change of the record, if there is one (an id unused in every context has none). */
    Optional<Change> first(String id) {
        return events.readEvents(id, 0).asStream().findFirst().map(RecordHistory::change);
    }

    private static Change change(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Object by = event.getMetaData().get(AuditMetadata.RECORDED_BY);
        Object correlationId = event.getMetaData().get(AuditMetadata.CORRELATION_ID);
        Object key = event.getMetaData().get(AuditMetadata.IDEMPOTENCY_KEY);
        long version = event.getSequenceNumber();
        Object department = event.getMetaData().get(AuditMetadata.DEPARTMENT);
        String of = department == null ? null : department.toString();
        if (payload instanceof RecordCorrected corrected) {
            return new Change(version, "corrected", event.getTimestamp(), by, correlationId, key, corrected.reason(),
                    corrected.details(), of);
        }
        if (payload instanceof RecordStated stated) {
            return new Change(version, version == 0 ? "recorded" : step(payload), event.getTimestamp(), by, correlationId,
                    key, null, stated.details(), of);
        }
        if (payload instanceof RecordWithdrawn withdrawn) {
            return new Change(version, "withdrawn", event.getTimestamp(), by, correlationId, key, withdrawn.reason(),
                    null, of);
        }
        return new Change(version, event.getPayloadType().getSimpleName(), event.getTimestamp(), by, correlationId, key,
                null, null, of);
    }

    /** A lifecycle step's name: its event's simple name, lower camel case ({@code DefenceFiled} → {@code defenceFiled}). */
    static String step(Object payload) {
        String name = payload.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
