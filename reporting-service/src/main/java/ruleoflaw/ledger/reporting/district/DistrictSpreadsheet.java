package ruleoflaw.ledger.reporting.district;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The district's table as an Excel workbook: a title row, one header row, a row per department, the district's totals
 * last; the header frozen and filterable, so the office sorts and filters it as its own spreadsheets.
 */
final class DistrictSpreadsheet {

    private DistrictSpreadsheet() {
    }

    static List<String> header(DistrictTable table) {
        List<String> header = new ArrayList<>(List.of("部门代码", "部门", "法治政府建设年度报告", "报送区政府（3月1日前）",
                "政府信息公开工作年度报告"));
        table.figures().forEach(column -> header.add(column.label()));
        return header;
    }

    static byte[] write(DistrictTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.year() + "年汇总");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = header(table);

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(DistrictWords.title(table.year()));
            title.setCellStyle(bold);
            Row head = sheet.createRow(1);
            for (int column = 0; column < header.size(); column++) {
                Cell cell = head.createCell(column);
                cell.setCellValue(header.get(column));
                cell.setCellStyle(bold);
            }
            int at = 2;
            for (DistrictTable.Row department : table.departments()) {
                Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(department.code());
                row.createCell(1).setCellValue(DistrictWords.department(department.name(), department.status()));
                row.createCell(2).setCellValue(DistrictWords.report(department.ruleOfLaw()));
                row.createCell(3).setCellValue(DistrictWords.reported(department.ruleOfLaw()));
                row.createCell(4).setCellValue(DistrictWords.report(department.disclosure()));
                int column = 5;
                for (DistrictTable.Column figure : table.figures()) {
                    Number value = department.figures().get(figure.key());
                    Cell cell = row.createCell(column++);
                    if (value != null) {
                        cell.setCellValue(value.doubleValue());
                    } else {
                        cell.setCellValue(DistrictWords.NOT_STATED);
                    }
                }
            }
            Row totals = sheet.createRow(at);
            Cell label = totals.createCell(1);
            label.setCellValue("全区合计");
            label.setCellStyle(bold);
            int column = 5;
            for (DistrictTable.Column figure : table.figures()) {
                Cell cell = totals.createCell(column++);
                Number total = table.totals().get(figure.key());
                if (total != null) {
                    cell.setCellValue(total.doubleValue());
                } else {
                    cell.setCellValue(DistrictWords.NOT_STATED);
                }
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(2, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, at - 1), 0, header.size() - 1));
            for (int each = 0; each < header.size(); each++) {
                sheet.setColumnWidth(each, (each == 1 ? 30 : each < 5 ? 24 : 12) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
