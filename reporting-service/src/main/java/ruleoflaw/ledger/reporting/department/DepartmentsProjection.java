package ruleoflaw.ledger.reporting.department;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.projections.Audit;
import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.projections.RebuildableProjection;

/**
 * The departments' events as {@link DepartmentState}s. Idempotent: an event at or below a department's version was
 * applied already (MongoDB gives no transactions, so replays must change nothing). The bean writes into the active
 * generation; a rebuild fills the next one with handlers of its own.
 */
@Component
@ProcessingGroup(DepartmentRegistry.PROCESSING_GROUP)
class DepartmentsProjection implements RebuildableProjection {

    private final MongoTemplate mongo;
    private final IntSupplier generation;

    @Autowired
    DepartmentsProjection(MongoTemplate mongo, Generations generations) {
        this(mongo, generations::active);
    }

    private DepartmentsProjection(MongoTemplate mongo, IntSupplier generation) {
        this.mongo = mongo;
        this.generation = generation;
    }

    @Override
    public String processingGroup() {
        return DepartmentRegistry.PROCESSING_GROUP;
    }

    @Override
    public List<String> collections(int generation) {
        return List.of(Generations.collection(DepartmentState.COLLECTION, generation));
    }

    @Override
    public Object handlersWritingInto(int generation) {
        return new DepartmentsProjection(mongo, () -> generation);
    }

    @EventHandler
    void on(DepartmentCreated event, EventMessage<?> message, @SequenceNumber Long version) {
        Audit audit = Audit.of(message, version);
        DepartmentState department = mongo.findById(event.code(), DepartmentState.class, departments());
        if (department == null) {
            department = new DepartmentState();
            department.code = event.code();
        }
        if (department.version >= audit.version()) {
            return;
        }
        department.name = event.name();
        department.status = DepartmentStatus.OPEN;
        department.names.add(new DepartmentView.Name(event.name(), event.since(), null, audit.recordedBy(),
                audit.recordedAt()));
        department.version = audit.version();
        mongo.save(department, departments());
    }

    @EventHandler
    void on(DepartmentRenamed event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (department, audit) -> {
            department.name = event.name();
            department.names.add(new DepartmentView.Name(event.name(), event.since(), event.reason(),
                    audit.recordedBy(), audit.recordedAt()));
        });
    }

    @EventHandler
    void on(DepartmentMerged event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (department, audit) -> {
            department.status = DepartmentStatus.MERGED;
            department.mergedInto = event.into();
            department.endedOn = event.on();
            department.endReason = event.reason();
        });
    }

    @EventHandler
    void on(DepartmentClosed event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (department, audit) -> {
            department.status = DepartmentStatus.CLOSED;
            department.endedOn = event.on();
            department.endReason = event.reason();
        });
    }

    private void update(DepartmentEvent event, Audit audit, BiConsumer<DepartmentState, Audit> change) {
        DepartmentState department = mongo.findById(event.code(), DepartmentState.class, departments());
        if (department == null || department.version >= audit.version()) {
            return;
        }
        change.accept(department, audit);
        department.version = audit.version();
        mongo.save(department, departments());
    }

    private String departments() {
        return Generations.collection(DepartmentState.COLLECTION, generation.getAsInt());
    }
}
