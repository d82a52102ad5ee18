package ruleoflaw.ledger.reporting.document;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.department.DepartmentRegistry;
import ruleoflaw.ledger.reporting.disclosure.DisclosureReports;
import ruleoflaw.ledger.reporting.figures.YearFigures;

/** The 政府信息公开工作年度报告 of a year as a document: the draft, or a revision as it was published. */
@Component
public class DisclosureDocuments {

    private final DisclosureReports tables;
    private final YearFigures figures;
    private final DisclosureNarrativeSource narratives;
    private final DepartmentRegistry names;

    DisclosureDocuments(DisclosureReports tables, YearFigures figures, DisclosureNarrativeSource narratives,
            DepartmentRegistry names) {
        this.names = names;
        this.tables = tables;
        this.figures = figures;
        this.narratives = narratives;
    }

    /** The draft: figures and tables as the records stood at {@code moment}, the narrative written so far. */
    public ReportDocument draft(String department, int year, Instant moment) {
        return DisclosureComposer.compose(names.inTitle(department, year), year, figures.asOf(department, year, moment),
                tables.asOf(department, year, moment), narratives.current(department, year), moment);
    }

    /**
     * A published revision: its frozen figures and narrative, and the tables as the records stood at
     * {@code tablesAsOf}.
     */
    public ReportDocument published(String department, int year, Map<String, Number> frozenFigures, Narrative narrative,
            Instant tablesAsOf) {
        return DisclosureComposer.compose(names.inTitle(department, year), year, frozenFigures,
                tables.asOf(department, year, tablesAsOf), narrative, null);
    }
}
