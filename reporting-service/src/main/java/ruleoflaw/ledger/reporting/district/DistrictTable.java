package ruleoflaw.ledger.reporting.district;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.reporting.department.DepartmentStatus;
import ruleoflaw.ledger.reporting.report.ReportStatus;

/**
 * A year of the district at a glance, for the district's rule-of-law office: every department that existed in the
 * year, where its two reports stand against their deadlines, its key figures side by side, and the district's
 * totals of them.
 *
 * @param figures the key figures, in column order, with their Chinese labels
 */
public record DistrictTable(int year, Instant asOf, List<Column> figures, List<Row> departments,
        Map<String, Number> totals) {

    public record Column(String key, String label) {
    }

    /** One department: its name in the year, its reports, and its key figures keyed as {@link #figures}. */
    public record Row(String code, String name, DepartmentStatus status, ReportState ruleOfLaw,
            ReportState disclosure, Map<String, Number> figures) {
    }

    /**
     * Where a report stands: its status, the day it must be public by, the day it first was (none yet), and whether
     * it is late — published after its deadline, or unpublished past it. The rule-of-law report is also reported to
     * the district government by 1 March: {@code reportedOn} is the day its approver first approved it.
     */
    public record ReportState(ReportStatus status, LocalDate deadline, LocalDate publishedOn, boolean late,
            LocalDate reportDue, LocalDate reportedOn, Boolean reportedLate) {
    }
}
