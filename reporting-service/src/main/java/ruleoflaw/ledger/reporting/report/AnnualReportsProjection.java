package ruleoflaw.ledger.reporting.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.projections.Audit;
import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.projections.RebuildableProjection;

/**
 * The annual reports' events as {@link ReportState}s and {@link PublishedDocument}s. Idempotent: an event at or
 * below a report's version was applied already (MongoDB gives no transactions, so replays must change nothing).
 * The bean writes into the active generation; a rebuild fills the next one with handlers of its own.
 */
@Component
@ProcessingGroup(AnnualReports.PROCESSING_GROUP)
class AnnualReportsProjection implements RebuildableProjection {

    private final MongoTemplate mongo;
    private final IntSupplier generation;

    @Autowired
    AnnualReportsProjection(MongoTemplate mongo, Generations generations) {
        this(mongo, generations::active);
    }

    private AnnualReportsProjection(MongoTemplate mongo, IntSupplier generation) {
        this.mongo = mongo;
        this.generation = generation;
    }

    @Override
    public String processingGroup() {
        return AnnualReports.PROCESSING_GROUP;
    }

    @Override
    public List<String> collections(int generation) {
        return Stream.of(ReportState.COLLECTION, PublishedDocument.COLLECTION)
                .map(collection -> Generations.collection(collection, generation)).toList();
    }

    @Override
    public Object handlersWritingInto(int generation) {
        return new AnnualReportsProjection(mongo, () -> generation);
    }

    @EventHandler
    void on(ReportStarted event, EventMessage<?> message, @SequenceNumber Long version) {
        Audit audit = Audit.of(message, version);
        ReportState report = mongo.findById(event.reportId(), ReportState.class, reports());
        if (report == null) {
            report = new ReportState();
            report.reportId = event.reportId();
            report.kind = event.kind();
            report.year = event.year();
        }
        if (report.version >= version) {
            return;
        }
        report.revision = event.revision();
        report.status = ReportStatus.DRAFT;
        step(report, audit, "started", audit.recordedBy(), null, null, null);
        mongo.save(report, reports());
    }

    @EventHandler
    void on(NarrativeEdited event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (report, audit) -> {
            if (event.text().isEmpty()) {
                report.narrative.remove(event.section().name());
            } else {
                report.narrative.put(event.section().name(), event.text());
            }
            report.edits.put(event.section().name(), new ReportState.SectionEdit(event.editor(), audit.recordedBy(),
                    audit.recordedAt(), event.revision()));
            step(report, audit, "narrativeEdited", event.editor(), null, event.section().name(), null);
        });
    }

    @EventHandler
    void on(ReportSubmitted event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (report, audit) -> {
            report.status = ReportStatus.SUBMITTED;
            step(report, audit, "submitted", event.submittedBy(), null, null, null);
        });
    }

    @EventHandler
    void on(ReportReturned event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (report, audit) -> {
            report.status = ReportStatus.DRAFT;
            step(report, audit, "returned", event.returnedBy(), event.reason(), null, null);
        });
    }

    @EventHandler
    void on(ReportApproved event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (report, audit) -> {
            report.status = ReportStatus.APPROVED;
            step(report, audit, "approved", event.approver(), null, null, null);
        });
    }

    @EventHandler
    void on(ReportPublished event, EventMessage<?> message, @SequenceNumber Long version) {
        Audit audit = Audit.of(message, version);
        Map<String, String> narrative = new LinkedHashMap<>();
        event.narrative().text().forEach((section, text) -> narrative.put(section.name(), text));
        mongo.save(new PublishedDocument(PublishedDocument.id(event.reportId(), event.revision()), event.reportId(),
                event.kind(), event.year(), event.revision(),
                event.publishedOn(), event.approver(),
                event.figures().entrySet().stream()
                        .map(figure -> new PublishedDocument.FigureValue(figure.getKey(), figure.getValue())).toList(),
                narrative, event.revisionReason(), event.changedFigures(),
                event.changedSections().stream().map(Enum::name).toList(), audit.recordedBy(), audit.recordedAt()),
                Generations.collection(PublishedDocument.COLLECTION, generation.getAsInt()));
        update(event, audit, (report, same) -> {
            report.status = ReportStatus.PUBLISHED;
            if (!report.publishedRevisions.contains(event.revision())) {
                report.publishedRevisions.add(event.revision());
            }
            if (report.firstPublishedOn == null) {
                report.firstPublishedOn = event.publishedOn();
            }
            step(report, audit, "published", event.approver(), event.revisionReason(), null, event.publishedOn());
        });
    }

    @EventHandler
    void on(RevisionStarted event, EventMessage<?> message, @SequenceNumber Long version) {
        update(event, Audit.of(message, version), (report, audit) -> {
            report.revision = event.revision();
            report.status = ReportStatus.DRAFT;
            report.revisionReason = event.reason();
            report.figuresChangedAtRevision = List.copyOf(event.changedFigures());
            step(report, audit, "revisionStarted", event.startedBy(), event.reason(), null, null);
        });
    }

    private void update(AnnualReportEvent event, Audit audit, BiConsumer<ReportState, Audit> change) {
        ReportState report = mongo.findById(event.reportId(), ReportState.class, reports());
        if (report == null || report.version >= audit.version()) {
            return;
        }
        change.accept(report, audit);
        mongo.save(report, reports());
    }

    private String reports() {
        return Generations.collection(ReportState.COLLECTION, generation.getAsInt());
    }

    private static void step(ReportState report, Audit audit, String what, String by, String reason, String section,
            java.time.LocalDate publishedOn) {
        report.version = audit.version();
        report.history.add(new ReportState.Step(audit.version(), report.revision, what, by, audit.recordedBy(),
                audit.recordedAt(), reason, section, publishedOn));
    }
}
