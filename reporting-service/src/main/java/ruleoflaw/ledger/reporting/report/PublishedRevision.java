package ruleoflaw.ledger.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.Section;

/**
 * A published revision of an annual report as it was made public: its figures and narrative frozen at publication,
 * and, for a revision after the first, why it was opened and what it changed.
 */
public record PublishedRevision(String reportId, Kind kind, String title, int year, int revision, LocalDate publishedOn,
        String approver, Map<String, Number> figures, Narrative narrative, String revisionReason,
        List<FigureChange> changedFigures, List<Section> changedSections, String recordedBy, Instant recordedAt) {

    static PublishedRevision of(PublishedDocument document) {
        Map<String, Number> figures = new LinkedHashMap<>();
        document.figures().forEach(figure -> figures.put(figure.key(), figure.value()));
        Map<Section, String> text = new EnumMap<>(Section.class);
        document.narrative().forEach((section, words) -> text.put(Section.valueOf(section), words));
        return new PublishedRevision(document.reportId(), document.kind(), document.kind().title(), document.year(),
                document.revision(), document.publishedOn(), document.approver(), figures, new Narrative(text),
                document.revisionReason(), document.changedFigures(),
                document.changedSections().stream().map(Section::valueOf).toList(), document.recordedBy(),
                document.recordedAt());
    }
}
