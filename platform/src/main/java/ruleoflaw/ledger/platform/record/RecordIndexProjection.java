package ruleoflaw.ledger.platform.record;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.platform.audit.Recorder;

/** Keeps {@link RecordIndex} up to date with this service's own events, in the command's transaction. */
@ProcessingGroup(RecordIndexProjection.PROCESSING_GROUP)
public class RecordIndexProjection {

    /** A subscribing processor: it keeps no token, so the same name in every service steals nothing. */
    public static final String PROCESSING_GROUP = "ledger-record-index";

    private final RecordIndex index;

    public RecordIndexProjection(RecordIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(RecordStated event, @SequenceNumber Long version, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.RECORDED_BY) String by, @MetaDataValue(AuditMetadata.DEPARTMENT) String department) {
        index.stated(event.recordId(), event.details(), version, at, by == null ? Recorder.SYSTEM : by, department);
    }

    @EventHandler
    void on(RecordWithdrawn event, @SequenceNumber Long version, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.RECORDED_BY) String by) {
        index.withdrawn(event.recordId(), event.reason(), version, at, by == null ? Recorder.SYSTEM : by);
    }
}
