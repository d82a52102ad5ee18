package ruleoflaw.ledger.reporting.disclosure;

import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.reporting.disclosure.Template2021.Active;
import ruleoflaw.ledger.reporting.figures.Figure;
import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * Table 二: the bureau's normative documents are the normative.* figures of the year. The bureau makes no
 * 规章, and the ledger has no record of licensing, penalty or enforcement decisions or of fees yet: those rows are
 * printed with 0, and {@link #NOTES} say why.
 */
final class ActiveDisclosureTable {

    static final String ISSUED = "normative.issued";
    static final String REPEALED = "normative.repealed";
    static final String IN_FORCE = "normative.inForce";

    static final List<DisclosureReport.Note> NOTES = List.of(
            new DisclosureReport.Note("二", List.of(Active.RULES.key()), "本机关无规章制定权，规章各项按0填报。"),
            new DisclosureReport.Note("二",
                    List.of(Active.LICENSING.key(), Active.PENALTIES.key(), Active.ENFORCEMENT.key()),
                    "台账尚未记录行政许可、行政处罚、行政强制处理决定，本年处理决定数量暂按0填报，需人工核实。"),
            new DisclosureReport.Note("二", List.of(Active.FEES.key()),
                    "台账尚未记录行政事业性收费，本年收费金额暂按0填报，需人工核实。"));

    private ActiveDisclosureTable() {
    }

    /** @param ofYear the records of the year; {@code ledger} the records of every year, for the documents in force */
    static ReportTable of(FigureCatalog figures, List<RecordVersion> ofYear, Figure.Ledger ledger) {
        return new ReportTable(Active.KEY, Active.TITLE, Active.COLUMNS, List.of(
                Active.RULES.with(Map.of(Active.ISSUED.key(), 0, Active.REPEALED.key(), 0, Active.IN_FORCE.key(), 0)),
                Active.NORMATIVE_DOCUMENTS.with(Map.of(
                        Active.ISSUED.key(), value(figures, ISSUED, ofYear, ledger),
                        Active.REPEALED.key(), value(figures, REPEALED, ofYear, ledger),
                        Active.IN_FORCE.key(), value(figures, IN_FORCE, ofYear, ledger))),
                Active.LICENSING.with(Map.of(Active.DECISIONS.key(), 0)),
                Active.PENALTIES.with(Map.of(Active.DECISIONS.key(), 0)),
                Active.ENFORCEMENT.with(Map.of(Active.DECISIONS.key(), 0)),
                Active.FEES.with(Map.of(Active.FEE_AMOUNT.key(), 0))));
    }

    private static Number value(FigureCatalog figures, String key, List<RecordVersion> ofYear, Figure.Ledger ledger) {
        return figures.figure(key).orElseThrow(() -> new IllegalStateException("no figure " + key))
                .compute(ofYear, ledger).value();
    }
}
