package ruleoflaw.ledger.reporting.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.audit.AuditMetadata;

/** Study-service's events as record versions. */
@Component
@ProcessingGroup(LedgerRecords.PROCESSING_GROUP)
class StudyRecordsProjection {

    private final LedgerRecords records;

    StudyRecordsProjection(LedgerRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(StudySessionRecorded event, @MessageIdentifier String eventId, @SequenceNumber Long version,
            @Timestamp Instant recordedAt, @MetaDataValue(AuditMetadata.RECORDED_BY) String recordedBy,
            @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", event.kind().name());
        facts.put("attendees", event.attendees());
        facts.put("laws", event.laws());
        facts.put("topics", event.topics());
        if (event.hours() != null) {
            facts.put("hours", event.hours());
        }
        if (event.organiser() != null) {
            facts.put("organiser", event.organiser());
        }
        records.store(new RecordVersion(eventId, event.sessionId(), "study.session", version, event.heldOn().toString(),
                event.heldOn().getYear(), recordedAt, recordedBy, correlationId, false, event.title(), facts));
    }
}
