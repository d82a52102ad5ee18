package ruleoflaw.ledger.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.Section;

/**
 * An annual report as it stands: its current revision's status and narrative, who last wrote each section, its
 * deadline, what the revision changes against the last published one, and its whole history.
 */
record ReportView(String reportId, Kind kind, String title, int year, int revision, ReportStatus status, Long version,
        LocalDate deadline, boolean overdue, Long daysLeft, LocalDate firstPublishedOn, List<Integer> publishedRevisions,
        Map<Section, String> narrative, List<SectionView> sections, Changes changes, List<ReportState.Step> history) {

    /** One section of the current revision, and its last edit (none if never written). */
    record SectionView(Section section, String text, String editor, String recordedBy, Instant recordedAt,
            Integer revision) {
    }

    /**
     * What a revision after the first changes against the last published revision: the figures whose value differs
     * (now, or as frozen when the revision was published) and the sections rewritten; and the figures that had
     * changed when the revision was opened.
     */
    record Changes(int against, String reason, List<FigureChange> figures, List<Section> sections,
            List<FigureChange> figuresWhenStarted) {
    }

    static ReportView of(Kind kind, int year, Optional<ReportState> found, AnnualReports.DeadlineState deadline,
            Optional<PublishedRevision> lastPublished, Supplier<Map<String, Number>> currentFigures) {
        if (found.isEmpty()) {
            return new ReportView(deadline.reportId(), kind, kind.title(), year, 0, ReportStatus.NOT_STARTED, null,
                    deadline.deadline(), deadline.overdue(), deadline.daysLeft(), null, List.of(), Map.of(),
                    Arrays.stream(Section.values()).map(s -> new SectionView(s, "", null, null, null, null)).toList(),
                    null, List.of());
        }
        ReportState report = found.get();
        Narrative narrative = AnnualReports.narrativeOf(report);
        List<SectionView> sections = Arrays.stream(Section.values()).map(section -> {
            ReportState.SectionEdit edit = report.edits.get(section.name());
            return edit == null ? new SectionView(section, narrative.of(section), null, null, null, null)
                    : new SectionView(section, narrative.of(section), edit.editor(), edit.recordedBy(),
                            edit.recordedAt(), edit.revision());
        }).toList();
        return new ReportView(report.reportId, kind, kind.title(), year, report.revision, report.status,
                report.version, deadline.deadline(), deadline.overdue(), deadline.daysLeft(), report.firstPublishedOn,
                report.publishedRevisions, narrative.text(), sections,
                changes(report, narrative, lastPublished, currentFigures), report.history);
    }

    private static Changes changes(ReportState report, Narrative narrative, Optional<PublishedRevision> lastPublished,
            Supplier<Map<String, Number>> currentFigures) {
        if (report.revision <= 1 || lastPublished.isEmpty()) {
            return null;
        }
        PublishedRevision last = lastPublished.get();
        if (last.revision() == report.revision) {
            return new Changes(report.revision - 1, last.revisionReason(), last.changedFigures(),
                    last.changedSections(), report.figuresChangedAtRevision);
        }
        List<Section> sections = Arrays.stream(Section.values())
                .filter(section -> !narrative.of(section).equals(last.narrative().of(section))).toList();
        return new Changes(last.revision(), report.revisionReason,
                FigureChange.between(last.figures(), currentFigures.get()), sections, report.figuresChangedAtRevision);
    }
}
