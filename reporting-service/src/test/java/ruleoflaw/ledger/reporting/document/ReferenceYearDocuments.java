package ruleoflaw.ledger.reporting.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.reporting.disclosure.DisclosureReportSamples;
import ruleoflaw.ledger.reporting.document.ReportDocument.Closing;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Text;

/**
 * The reference year's two reports (区科技局 2024: {@code samples/kjj-2024.jsonl} and its figures) as the bureau would
 * publish them on 20 January 2025, or as drafts: the narrative is the reference report's own words.
 */
final class ReferenceYearDocuments {

    static final String DEPARTMENT = "重庆市九龙坡区科学技术局";
    static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 1, 20);
    static final Instant DRAFTED_AT = Instant.parse("2025-01-10T00:00:00Z");
    static final Narrative NARRATIVE = new Narrative(Map.of(
            Section.INTRODUCTION, "2024年以来，区科技局党组始终坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                    + "认真贯彻落实中央和市委、区委关于法治建设的决策部署，深入开展普法宣传，推进依法行政，增强职工守法、用法意识，"
                    + "努力推动法治政府建设迈上新台阶。现将2024年度有关情况报告如下。",
            Section.SHORTCOMINGS, "一是领导干部应知应会党内法规和国家法律清单涉及法律条文较多，无法在短时间内做到全内容培训，"
                    + "对法律条文的全面掌握存在短板。二是法治科普活动宣传力度有待进一步加强，宣传活动方式单一。"
                    + "三是我单位作为科技行业主管部门，对服务对象的普法内容局限于科技相关法律法规，在普法内容的全面性上有一定欠缺。",
            Section.NEXT_YEAR, "一是提高依法行政水平。全面依法制定加强机关法治建设工作规范性文件，持续抓好法治宣传教育，提升全体干部职工的法治素养。\n"
                    + "二是推进普法宣传教育。聚焦企业和群众急难愁盼问题，在企业内继续开展送法进企业宣传活动，切实提升服务对象满意度。\n"
                    + "三是落实群众关切事项。做好民呼我为答复及信访工作，对群众咨询政策等相关事项快速响应，完整答复，妥善处理。"));

    private ReferenceYearDocuments() {
    }

    static ReportDocument ruleOfLaw(boolean published) {
        ReportDocument document = ReportComposer.compose(DEPARTMENT, 2024, ReferenceFigures.of2024(), NARRATIVE,
                Template.BUREAU, published ? null : DRAFTED_AT);
        return published ? asPublished(document) : document;
    }

    static ReportDocument disclosure(boolean published) {
        ReportDocument document = DisclosureComposer.compose(DEPARTMENT, 2024, ReferenceFigures.of2024(),
                DisclosureReportSamples.referenceYear(), published ? NARRATIVE : Narrative.EMPTY,
                published ? null : DRAFTED_AT);
        return published ? asPublished(document) : document;
    }

    /** As the published revision's endpoint dresses it: when it was published at the top, the 落款 at the end. */
    private static ReportDocument asPublished(ReportDocument document) {
        return document.opening(new Paragraph(List.of(new Text("（2025年1月20日公布）"))))
                .closing(Closing.of(DEPARTMENT, PUBLISHED_ON));
    }

    static byte[] docx(ReportDocument document) {
        return new ReportDocuments().write(document, Format.DOCX, null, null);
    }
}
