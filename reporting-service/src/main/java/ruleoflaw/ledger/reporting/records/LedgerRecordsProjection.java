package ruleoflaw.ledger.reporting.records;

import java.time.Instant;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.RecordCorrected;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.audit.AuditMetadata;

/**
 * Every context's record events as record versions: a recording or a correction states the record's
 * details in full, a withdrawal repeats the last details marked withdrawn. A later event that states the record
 * anew without correcting it (a lifecycle step, such as a case's defence filed) is a version named after it.
 */
@Component
@ProcessingGroup(LedgerRecords.PROCESSING_GROUP)
class LedgerRecordsProjection {

    private static final Logger log = LoggerFactory.getLogger(LedgerRecordsProjection.class);
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final LedgerRecords records;
    private final ObjectMapper json;

    LedgerRecordsProjection(LedgerRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    @EventHandler
    void on(RecordStated event, @MessageIdentifier String eventId, @SequenceNumber Long version,
            @Timestamp Instant recordedAt, @MetaDataValue(AuditMetadata.RECORDED_BY) String recordedBy,
            @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId) {
        RecordDetails details = event.details();
        boolean correction = event instanceof RecordCorrected;
        records.store(new RecordVersion(eventId, event.recordId(), details.recordType(), version,
                details.businessDate().toString(), details.businessDate().getYear(), recordedAt, recordedBy, correlationId,
                correction ? "corrected" : version == 0 ? "recorded" : step(event), correction ? ((RecordCorrected) event).reason() : null, false,
                details.title(), json.convertValue(details, FIELDS)));
    }

    @EventHandler
    void on(RecordWithdrawn event, @MessageIdentifier String eventId, @SequenceNumber Long version,
            @Timestamp Instant recordedAt, @MetaDataValue(AuditMetadata.RECORDED_BY) String recordedBy,
            @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId) {
        records.latest(event.recordId()).ifPresentOrElse(
                last -> records.store(last.withdrawnBy(eventId, version, recordedAt, recordedBy, correlationId,
                        event.reason())),
                () -> log.warn("Withdrawal of {} record {} before any version of it; nothing to withdraw",
                        event.recordType(), event.recordId()));
    }

    /** {@code DefenceFiled} → {@code defenceFiled}. */
    private static String step(Object event) {
        String name = event.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
