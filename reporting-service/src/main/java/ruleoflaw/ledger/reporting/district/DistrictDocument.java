package ruleoflaw.ledger.reporting.district;

import java.util.ArrayList;
import java.util.List;

import ruleoflaw.ledger.reporting.document.ReportDocument;
import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;
import ruleoflaw.ledger.reporting.document.ReportDocument.Text;

/**
 * The district's table as a document (Word, HTML, Markdown), for the district government's own report to quote: the
 * totals in a sentence, then the reports' state and the figures per department.
 */
final class DistrictDocument {

    private DistrictDocument() {
    }

    static ReportDocument of(DistrictTable table) {
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(List.of(new Text("（数据截至" + DistrictWords.moment(table.asOf()) + "，共"
                + table.departments().size() + "个部门）"))));
        blocks.add(new Heading(1, "一、全区合计"));
        List<String> totals = new ArrayList<>();
        table.figures().forEach(column -> totals.add(column.label() + DistrictWords.figure(table.totals().get(column.key()))));
        blocks.add(new Paragraph(List.of(new Text(String.join("；", totals) + "。"))));
        blocks.add(new Heading(1, "二、各部门年度报告情况"));
        List<List<Cell>> reports = new ArrayList<>();
        for (DistrictTable.Row row : table.departments()) {
            reports.add(List.of(Cell.text(DistrictWords.department(row.name(), row.status())),
                    Cell.text(DistrictWords.report(row.ruleOfLaw())), Cell.text(DistrictWords.reported(row.ruleOfLaw())),
                    Cell.text(DistrictWords.report(row.disclosure()))));
        }
        blocks.add(new Table(List.of(List.of(Cell.text("部门"), Cell.text("法治政府建设年度报告"),
                Cell.text("报送区政府（3月1日前）"), Cell.text("政府信息公开工作年度报告"))), reports));
        blocks.add(new Heading(1, "三、各部门主要数据"));
        List<Cell> head = new ArrayList<>(List.of(Cell.text("部门")));
        table.figures().forEach(column -> head.add(Cell.text(column.label())));
        List<List<Cell>> figures = new ArrayList<>();
        for (DistrictTable.Row row : table.departments()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.name())));
            table.figures().forEach(column -> cells.add(Cell.text(DistrictWords.figure(row.figures().get(column.key())))));
            figures.add(cells);
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.text("全区合计")));
        table.figures().forEach(column -> total.add(Cell.text(DistrictWords.figure(table.totals().get(column.key())))));
        figures.add(total);
        blocks.add(new Table(List.of(head), figures));
        return new ReportDocument(DistrictWords.title(table.year()), blocks);
    }
}
