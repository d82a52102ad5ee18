package ruleoflaw.ledger.reporting.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.problem.RecordConflictException;
import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.RequiredSections;
import ruleoflaw.ledger.reporting.document.Section;

/**
 * The annual report of one kind and year, revision after revision: each revision is drafted section by section,
 * submitted, approved (or returned to draft) and published. Publishing freezes the revision's figures and
 * narrative in its event; after that the report changes only through a new revision, which states what differs
 * from the last published one.
 *
 * <p>Command handlers answer with the report's version after the command, for the caller to read its own write.
 */
@Aggregate
public class AnnualReport {

    static final int MAX_SECTION_LENGTH = 20_000;

    @AggregateIdentifier
    private String reportId;
    private Kind kind;
    private int year;
    private int revision;
    private ReportStatus status;
    private final Map<Section, String> narrative = new EnumMap<>(Section.class);
    private ReportPublished lastPublished;
    private String revisionReason;

    protected AnnualReport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(EditNarrative command) {
        if (command.section() == null) {
            throw new InvalidFieldException("section", "must be one of " + List.of(Section.values()));
        }
        String text = command.text() == null ? "" : command.text().strip();
        if (text.length() > MAX_SECTION_LENGTH) {
            throw new InvalidFieldException("text", "must be at most " + MAX_SECTION_LENGTH + " characters");
        }
        Long version = AggregateLifecycle.getVersion();
        if (command.expectedVersion() != null && !command.expectedVersion().equals(version)) {
            throw new ConflictingAggregateVersionException(command.reportId(), command.expectedVersion(),
                    version == null ? -1 : version);
        }
        if (reportId == null) {
            apply(new ReportStarted(command.reportId(), command.kind(), command.year(), 1));
        }
        requireStatus(ReportStatus.DRAFT, "edited");
        if (!text.equals(narrative.getOrDefault(command.section(), ""))) {
            apply(new NarrativeEdited(reportId, revision, command.section(), text, command.editor()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(SubmitReport command) {
        requireStatus(ReportStatus.DRAFT, "submitted");
        if (narrative.values().stream().allMatch(String::isBlank)) {
            throw new RecordConflictException("Revision " + revision + " of " + reportId
                    + " has no narrative yet; write at least one section before submitting it. / 报告尚无正文，请先撰写。");
        }
        apply(new ReportSubmitted(reportId, revision, command.submittedBy()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReturnReport command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidFieldException("reason", "say why the report goes back to draft");
        }
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.APPROVED) {
            throw conflict("returned to draft");
        }
        apply(new ReportReturned(reportId, revision, command.reason().strip(), command.returnedBy()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ApproveReport command) {
        requireStatus(ReportStatus.SUBMITTED, "approved");
        apply(new ReportApproved(reportId, revision, command.approver()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(PublishReport command) {
        requireStatus(ReportStatus.APPROVED, "published");
        LocalDate publishedOn = Objects.requireNonNull(command.publishedOn(), "publishedOn");
        if (publishedOn.getYear() <= year) {
            throw new InvalidFieldException("publishedOn",
                    "must be after the year reported on: the " + year + " report is published from 1 January " + (year + 1));
        }
        if (lastPublished != null && publishedOn.isBefore(lastPublished.publishedOn())) {
            throw new InvalidFieldException("publishedOn", "must not be before revision " + lastPublished.revision()
                    + " was published (" + lastPublished.publishedOn() + ")");
        }
        Map<String, Number> figures = new LinkedHashMap<>(command.figures());
        List<Section> unwritten = kind.unwritten(figures, new Narrative(narrative));
        if (!unwritten.isEmpty()) {
            throw new RecordConflictException("Revision " + revision + " of " + reportId + " cannot be published: "
                    + "the section " + unwritten.get(0) + " (" + RequiredSections.name(unwritten.get(0))
                    + ") is empty" + (unwritten.size() > 1 ? ", and so are " + unwritten.subList(1, unwritten.size()) : "")
                    + "; return it to draft and write it. / 报告“" + RequiredSections.name(unwritten.get(0))
                    + "”部分尚未撰写，不能发布。");
        }
        apply(new ReportPublished(reportId, kind, year, revision, publishedOn, command.approver(), figures,
                new Narrative(Map.copyOf(narrative)), revisionReason,
                lastPublished == null ? List.of() : FigureChange.between(lastPublished.figures(), figures),
                lastPublished == null ? List.of() : changedSections(lastPublished.narrative())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(StartRevision command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidFieldException("reason", "say why the published report needs a new revision");
        }
        if (status != ReportStatus.PUBLISHED) {
            throw new RecordConflictException("Revision " + revision + " of " + reportId + " is " + describe(status)
                    + " and not yet published; change it instead of starting another. / 本修订版尚未发布，请直接修改。");
        }
        apply(new RevisionStarted(reportId, revision + 1, command.reason().strip(), command.startedBy(),
                FigureChange.between(lastPublished.figures(), command.figures())));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ReportStarted event) {
        reportId = event.reportId();
        kind = event.kind();
        year = event.year();
        revision = event.revision();
        status = ReportStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(NarrativeEdited event) {
        if (event.text().isEmpty()) {
            narrative.remove(event.section());
        } else {
            narrative.put(event.section(), event.text());
        }
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        status = ReportStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ReportReturned event) {
        status = ReportStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ReportApproved event) {
        status = ReportStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ReportPublished event) {
        status = ReportStatus.PUBLISHED;
        lastPublished = event;
    }

    @EventSourcingHandler
    void on(RevisionStarted event) {
        revision = event.revision();
        revisionReason = event.reason();
        status = ReportStatus.DRAFT;
    }

    /** The sections whose text differs from {@code published}, in the order of the sections. */
    private List<Section> changedSections(Narrative published) {
        return java.util.Arrays.stream(Section.values())
                .filter(section -> !narrative.getOrDefault(section, "").equals(published.of(section)))
                .toList();
    }

    private void requireStatus(ReportStatus required, String step) {
        if (status != required) {
            throw conflict(step);
        }
    }

    private RecordConflictException conflict(String step) {
        String hint = switch (status) {
            case PUBLISHED -> "the report is already published; start a revision to change it. / 报告已发布，如需修改请启动修订。";
            case SUBMITTED -> "it is submitted and awaits the approver, who approves it or returns it to draft. / 报告已报送审批。";
            case APPROVED -> "it is approved and awaits publication (the approver may still return it to draft). / 报告已审批待发布。";
            case DRAFT -> "it is still a draft; it must be submitted and approved first. / 报告仍为草稿。";
            case NOT_STARTED -> "nothing has been written yet. / 报告尚未起草。";
        };
        return new RecordConflictException(
                "Revision " + revision + " of " + reportId + " cannot be " + step + ": " + hint);
    }

    private static String describe(ReportStatus status) {
        return status.name().toLowerCase();
    }
}
