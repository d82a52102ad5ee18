package ruleoflaw.ledger.reporting.records;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntSupplier;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.projections.RebuildableProjection;

/**
 * Every context's record events as record versions: a recording or a correction states the record's
 * details in full, a withdrawal repeats the last details marked withdrawn. A later event that states the record
 * anew without correcting it (a lifecycle step, such as a case's defence filed) is a version named after it.
 * The bean writes into the active generation; a rebuild fills the next one with handlers of its own.
 */
@Component
@ProcessingGroup(LedgerRecords.PROCESSING_GROUP)
class LedgerRecordsProjection implements RebuildableProjection {

    private static final Logger log = LoggerFactory.getLogger(LedgerRecordsProjection.class);
    private final LedgerRecords records;
    private final RecordVersions versions;
    private final IntSupplier generation;

    @Autowired
    LedgerRecordsProjection(LedgerRecords records, RecordVersions versions, Generations generations) {
        this(records, versions, generations::active);
    }

    private LedgerRecordsProjection(LedgerRecords records, RecordVersions versions, IntSupplier generation) {
        this.records = records;
        this.versions = versions;
        this.generation = generation;
    }

    @Override
    public String processingGroup() {
        return LedgerRecords.PROCESSING_GROUP;
    }

    @Override
    public List<String> collections(int generation) {
        return records.collections(generation);
    }

    @Override
    public List<MessageHandlerInterceptor<EventMessage<?>>> interceptors() {
        return List.of(new BatchEnd());
    }

    @Override
    public Object handlersWritingInto(int generation) {
        return new LedgerRecordsProjection(records, versions, () -> generation);
    }

    @EventHandler
    void on(RecordStated event, @MessageIdentifier String eventId, @SequenceNumber Long version,
            @Timestamp Instant recordedAt, @MetaDataValue(AuditMetadata.RECORDED_BY) String recordedBy,
            @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId,
            @MetaDataValue(AuditMetadata.DEPARTMENT) String department, TrackingToken position) {
        RecordVersion stated = keptAt(position, versions.of(event, eventId, version, recordedAt, recordedBy, correlationId,
                department));
        records.write(generation.getAsInt(), batch -> batch.add(stated, tracked(position)));
    }

    @EventHandler
    void on(RecordWithdrawn event, @MessageIdentifier String eventId, @SequenceNumber Long version,
            @Timestamp Instant recordedAt, @MetaDataValue(AuditMetadata.RECORDED_BY) String recordedBy,
            @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId, TrackingToken position) {
        records.write(generation.getAsInt(), batch -> batch.latest(event.recordId(), version).ifPresentOrElse(
                last -> batch.add(keptAt(position, last.withdrawnBy(eventId, version, recordedAt, recordedBy,
                        correlationId, event.reason())), tracked(position)),
                () -> log.warn("Withdrawal of {} record {} before any version of it; nothing to withdraw",
                        event.recordType(), event.recordId())));
    }

    /** The position of an event the processor came to in its batch; none for one retried from the dead-letter queue. */
    private static TrackingToken tracked(TrackingToken position) {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>
                ? position : null;
    }

    private static RecordVersion keptAt(TrackingToken position, RecordVersion version) {
        OptionalLong index = position == null ? OptionalLong.empty() : position.position();
        return index.isPresent() ? version.at(index.getAsLong()) : version;
    }
}
