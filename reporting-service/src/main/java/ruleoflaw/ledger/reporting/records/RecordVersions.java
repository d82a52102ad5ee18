package ruleoflaw.ledger.reporting.records;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.RecordCorrected;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.platform.audit.AuditMetadata;

/**
 * How an event that states a record becomes a version of it, and a record's past read back from the event store:
 * a correction or withdrawal that comes in a later batch than the record's earlier versions learns from its own
 * stream which years the record has counted in and what its latest version was, so the read model keeps nothing
 * per record but its versions.
 */
@Component
class RecordVersions {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final EventStore events;

    RecordVersions(ObjectMapper json, EventStore events) {
        this.json = json;
        this.events = events;
    }

    /** @param department the department the event's metadata names: for a record's first version, the record's */
    RecordVersion of(RecordStated event, String eventId, long version, Instant recordedAt, String recordedBy,
            String correlationId, String department) {
        RecordDetails details = event.details();
        boolean correction = event instanceof RecordCorrected;
        return new RecordVersion(eventId, event.recordId(), details.recordType(), version,
                details.businessDate().toString(), details.businessDate().getYear(), recordedAt, recordedBy,
                correlationId, correction ? "corrected" : version == 0 ? "recorded" : step(event),
                correction ? ((RecordCorrected) event).reason() : null, false, details.title(),
                json.convertValue(details, FIELDS)).inDepartment(department);
    }

    /** The record as its events before {@code version} made it, if any of them stated it. */
    Optional<RecordHead> before(String recordId, long version) {
        DomainEventStream stream = events.readEvents(recordId, 0);
        RecordHead head = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() >= version) {
                break;
            }
            if (event.getPayload() instanceof RecordStated stated) {
                RecordVersion earlier = of(stated, event.getIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                        text(event, AuditMetadata.RECORDED_BY), text(event, AuditMetadata.CORRELATION_ID),
                        text(event, AuditMetadata.DEPARTMENT));
                head = head == null ? RecordHead.of(earlier) : head.after(earlier.inDepartment(head.department()));
            }
        }
        return Optional.ofNullable(head);
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** {@code DefenceFiled} → {@code defenceFiled}. */
    private static String step(Object event) {
        String name = event.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
