package ruleoflaw.ledger.reporting.disclosure;

import java.util.List;

import ruleoflaw.ledger.reporting.disclosure.DisclosureReport.Checks;
import ruleoflaw.ledger.reporting.disclosure.DisclosureReport.Violation;
import ruleoflaw.ledger.reporting.disclosure.Template2021.Applications;

/** Table 三's invariant, in every column: 一 本年新收 + 二 上年结转 = (七) 总计 + 四 结转下年度继续办理. */
final class ApplicationsInvariant {

    private ApplicationsInvariant() {
    }

    static Checks check(ReportTable applications) {
        ReportTable.Row received = applications.row(Applications.RECEIVED.key());
        ReportTable.Row carriedOver = applications.row(Applications.CARRIED_OVER.key());
        ReportTable.Row results = applications.row(Applications.RESULTS_TOTAL.key());
        ReportTable.Row carriedForward = applications.row(Applications.CARRIED_FORWARD.key());
        List<Violation> violations = applications.columns().stream().map(column -> {
            int in = received.value(column.key()) + carriedOver.value(column.key());
            int out = results.value(column.key()) + carriedForward.value(column.key());
            return in == out ? null : new Violation(column.key(), column.label(), in, out,
                    "“%s”列：本年新收与上年结转之和为%d，办理结果总计与结转下年度之和为%d，两者不等。"
                            .formatted(column.label(), in, out));
        }).filter(violation -> violation != null).toList();
        return new Checks(violations.isEmpty(), violations);
    }
}
