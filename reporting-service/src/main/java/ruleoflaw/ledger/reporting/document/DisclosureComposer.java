package ruleoflaw.ledger.reporting.document;

import static ruleoflaw.ledger.reporting.document.Phrasebook.Sentence.say;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.reporting.disclosure.DisclosureReport;
import ruleoflaw.ledger.reporting.disclosure.Template2021;
import ruleoflaw.ledger.reporting.document.Phrasebook.Sentence;
import ruleoflaw.ledger.reporting.document.ReportDocument.Block;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.document.ReportDocument.Run;
import ruleoflaw.ledger.reporting.document.ReportDocument.Text;

/**
 * The 政府信息公开工作年度报告 of a year in the six parts of the 2021 template: 一 what people wrote for the introduction
 * and the year's figures in a few sentences, as such reports open; 二 to 四 the tables; 五 the shortcomings and what
 * is done about them; 六 other matters. A draft ({@code asOf} given) says when its numbers were taken and carries the
 * notes for whoever checks them (a broken invariant of table 三 said under it) and the placeholders of what is still to
 * be written; a published report ({@code asOf} null) has none of them.
 */
final class DisclosureComposer {

    /** How such reports open: who compiled it, under which regulation, over which period. */
    static final String COMPILED_BY = "本报告由" + DepartmentWords.NAME + "根据《中华人民共和国政府信息公开条例》要求编制，"
            + "所列数据的统计期限自%d年1月1日起至%d年12月31日止。";
    static final String OTHER_TO_BE_WRITTEN = "（待填写：无其他需要报告的事项的，写“无”；收取信息处理费的，写明收取情况）";
    static final String INVARIANT_BROKEN = "【数据核对】本表勾稽关系不成立（第一项加第二项之和应等于第三项加第四项之和），"
            + "请核实台账记录后再定稿：";

    private static final List<Sentence> OVERVIEW = List.of(
            say("全年通过政府信息公开门户网站主动公开政府信息{disclosure.items.total}条")
                    .then("，其中", "、", "政府信息公开指南{disclosure.items.guide}条",
                            "法定主动公开内容{disclosure.items.statutory}条",
                            "政府信息公开工作年度报告{disclosure.items.annualReport}条",
                            "工作动态类信息{disclosure.items.news}条")
                    .end("。"),
            say("").then("", "，", "全年新收政府信息公开申请{disclosure.applications.received}件",
                    "上年结转{disclosure.applications.carriedOver}件", "办结{disclosure.applications.answered}件",
                    "结转下年度继续办理{disclosure.applications.pending}件").end("。"),
            say("").then("", "，", "全年印发行政规范性文件{normative.issued}件", "废止{normative.repealed}件",
                    "截至年底现行有效{normative.inForce}件").end("。"));

    private DisclosureComposer() {
    }

    static String title(int year) {
        return year + "年政府信息公开工作年度报告";
    }

    /** @param department the department's name as the report's title gives it (none for an unnamed one) */
    static ReportDocument compose(String department, int year, Map<String, Number> figures, DisclosureReport report,
            Narrative narrative, Instant asOf) {
        boolean draft = asOf != null;
        List<Block> blocks = new ArrayList<>();
        if (draft) {
            blocks.add(ReportComposer.asOfLine(asOf));
        }
        blocks.add(new Heading(1, Template2021.OVERVIEW));
        blocks.add(new Paragraph(List.of(new Text(DepartmentWords.of(department).fill(COMPILED_BY.formatted(year, year))))));
        blocks.addAll(ReportComposer.narrativeOrPlaceholder(narrative.of(Section.INTRODUCTION), draft));
        blocks.add(new Paragraph(overview(figures)));

        blocks.add(new Heading(1, report.tables().get("二").title()));
        blocks.add(DisclosureTables.active(report.tables().get("二")));
        if (draft) {
            report.notes().forEach(note -> blocks.add(new Paragraph(List.of(new Placeholder("注：" + note.text())))));
        }

        blocks.add(new Heading(1, report.tables().get("三").title()));
        blocks.add(DisclosureTables.applications(report.tables().get("三")));
        if (draft && !report.checks().invariantHolds()) {
            StringBuilder warning = new StringBuilder(INVARIANT_BROKEN);
            report.checks().violations().forEach(violation -> warning.append(violation.message()));
            blocks.add(new Paragraph(List.of(new Placeholder(warning.toString()))));
        }

        blocks.add(new Heading(1, report.tables().get("四").title()));
        blocks.add(DisclosureTables.reviews(report.tables().get("四")));

        blocks.add(new Heading(1, Template2021.PROBLEMS));
        blocks.addAll(writtenOr(narrative.of(Section.SHORTCOMINGS), "（待填写：存在的主要问题）", draft));
        blocks.addAll(writtenOr(narrative.of(Section.NEXT_YEAR), "（待填写：改进情况）", draft));

        blocks.add(new Heading(1, Template2021.OTHER_MATTERS));
        String other = narrative.of(Section.OTHER);
        if (!other.isEmpty() || draft) {
            blocks.addAll(writtenOr(other, OTHER_TO_BE_WRITTEN, draft));
        } else {
            blocks.add(new Paragraph(List.of(new Text("无。"))));
        }
        return new ReportDocument(department + title(year), blocks);
    }

    /** The year's figures in a few sentences, as a report opens; that no application came in is said too. */
    private static List<Run> overview(Map<String, Number> figures) {
        List<Run> runs = new ArrayList<>();
        OVERVIEW.forEach(sentence -> runs.addAll(ReportComposer.sentence(sentence, figures, DepartmentWords.of(""))));
        if (zero(figures, "disclosure.applications.received") && zero(figures, "disclosure.applications.carriedOver")) {
            runs.add(new Text("全年未收到政府信息公开申请。"));
        }
        return runs;
    }

    private static boolean zero(Map<String, Number> figures, String key) {
        Number value = figures.get(key);
        return value == null || value.doubleValue() == 0;
    }

    private static List<Block> writtenOr(String words, String placeholder, boolean draft) {
        if (words.isEmpty()) {
            return draft ? List.of(new Paragraph(List.of(new Placeholder(placeholder)))) : List.of();
        }
        return ReportComposer.narrativeOrPlaceholder(words, draft);
    }
}
