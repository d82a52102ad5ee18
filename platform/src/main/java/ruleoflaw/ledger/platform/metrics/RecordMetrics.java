package ruleoflaw.ledger.platform.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import ruleoflaw.ledger.contracts.record.RecordCorrected;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.record.RecordIndexProjection;

/**
 * {@value #RECORDS}: the records this service keeps, counted by type and change (recorded, corrected, step,
 * withdrawn) and department once the command that stated them is committed. Handled beside the record index, by its
 * subscribing processor, so each service counts only its own events. The {@code department} tag names at most
 * {@link #MAX_DEPARTMENTS} departments per process (the rest are {@code other}), so the series stay bounded.
 */
@ProcessingGroup(RecordIndexProjection.PROCESSING_GROUP)
public class RecordMetrics {

    public static final String RECORDS = "ledger.records";

    static final int MAX_DEPARTMENTS = 100;

    private final MeterRegistry meters;
    private final Departments departments;
    private final Set<String> tagged = ConcurrentHashMap.newKeySet();

    public RecordMetrics(MeterRegistry meters, Departments departments) {
        this.meters = meters;
        this.departments = departments;
    }

    @EventHandler
    void on(RecordStated event, @SequenceNumber Long version, @MetaDataValue(AuditMetadata.DEPARTMENT) String department) {
        String change = event instanceof RecordCorrected ? "corrected" : version == null || version == 0 ? "recorded" : "step";
        count(event.details().recordType(), change, department);
    }

    @EventHandler
    void on(RecordWithdrawn event, @MetaDataValue(AuditMetadata.DEPARTMENT) String department) {
        count(event.recordType(), "withdrawn", department);
    }

    private String tag(String department) {
        String code = departments.orDefault(department);
        if (tagged.contains(code) || (tagged.size() < MAX_DEPARTMENTS && tagged.add(code))) {
            return code;
        }
        return "other";
    }

    private void count(String type, String change, String department) {
        Counter counter = Counter.builder(RECORDS).description("Records stated or withdrawn, by type, change and department")
                .tag("type", type).tag("change", change).tag("department", tag(department)).register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // the unit of work may have joined the request's transaction, which commits after it
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> counter.increment());
        } else {
            counter.increment();
        }
    }
}
