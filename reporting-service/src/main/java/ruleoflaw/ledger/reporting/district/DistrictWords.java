package ruleoflaw.ledger.reporting.district;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.reporting.department.DepartmentStatus;
import ruleoflaw.ledger.reporting.report.ReportStatus;

/** How the district's table reads in Chinese, the same in the spreadsheet and the document. */
final class DistrictWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日HH时mm分")
            .withZone(ChinaTime.ZONE);

    private DistrictWords() {
    }

    /** A figure that is not known: a department left a count it needs unstated. */
    static final String NOT_STATED = "未填报";

    /** A figure as a cell or a sentence writes it. */
    static String figure(Number value) {
        return value == null ? NOT_STATED : String.valueOf(value);
    }

    static String title(int year) {
        return year + "年度各部门法治政府建设情况汇总表";
    }

    static String status(ReportStatus status) {
        return switch (status) {
            case NOT_STARTED -> "未开始";
            case DRAFT -> "起草中";
            case SUBMITTED -> "待审定";
            case APPROVED -> "已审定";
            case PUBLISHED -> "已公开";
        };
    }

    static String department(String name, DepartmentStatus status) {
        return switch (status) {
            case OPEN -> name;
            case MERGED -> name + "（已合并）";
            case CLOSED -> name + "（已撤销）";
        };
    }

    /** 已公开 2025年3月28日 / 未开始，逾期 / 起草中，截止2025年4月1日. */
    static String report(DistrictTable.ReportState report) {
        String words = status(report.status());
        if (report.publishedOn() != null) {
            words += " " + day(report.publishedOn()) + (report.late() ? "（逾期）" : "");
        } else {
            words += report.late() ? "，已逾期（应于" + day(report.deadline()) + "前公开）"
                    : "，应于" + day(report.deadline()) + "前公开";
        }
        return words;
    }

    /** Reported to the district government by 1 March: 2025年2月20日报送 / 未报送（逾期）. */
    static String reported(DistrictTable.ReportState report) {
        if (report.reportDue() == null) {
            return "";
        }
        String late = Boolean.TRUE.equals(report.reportedLate()) ? "（逾期）" : "";
        return report.reportedOn() == null ? "未报送" + late : day(report.reportedOn()) + "报送" + late;
    }

    static String moment(Instant moment) {
        return MOMENT.format(moment);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
