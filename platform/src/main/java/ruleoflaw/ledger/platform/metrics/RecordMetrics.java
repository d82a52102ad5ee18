package ruleoflaw.ledger.platform.metrics;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import ruleoflaw.ledger.contracts.record.RecordCorrected;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordIndexProjection;

/**
 * {@value #RECORDS}: the records this service keeps, counted by type and change (recorded, corrected, step,
 * withdrawn) once the command that stated them is committed. Handled beside the record index, by its
 * subscribing processor, so each service counts only its own events.
 */
@ProcessingGroup(RecordIndexProjection.PROCESSING_GROUP)
public class RecordMetrics {

    public static final String RECORDS = "ledger.records";

    private final MeterRegistry meters;

    public RecordMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(RecordStated event, @SequenceNumber Long version) {
        String change = event instanceof RecordCorrected ? "corrected" : version == null || version == 0 ? "recorded" : "step";
        count(event.details().recordType(), change);
    }

    @EventHandler
    void on(RecordWithdrawn event) {
        count(event.recordType(), "withdrawn");
    }

    private void count(String type, String change) {
        Counter counter = Counter.builder(RECORDS).description("Records stated or withdrawn, by type and change")
                .tag("type", type).tag("change", change).register(meters);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> counter.increment());
        } else {
            counter.increment();
        }
    }
}
