package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The printable page and the Markdown: every figure in the text links to the records behind it. */
class HtmlDocumentTest {

    private static final Instant AS_OF = Instant.parse("2024-12-05T08:00:00Z");
    private static final Map<String, Number> FIGURES = ReferenceFigures.of2024();

    @Test
    void figuresLinkToTheirEvidenceAsOfTheDocumentsMoment() {
        String html = html("/api/reports/2024/figures/", AS_OF);

        assertThat(html).contains("召开局党组会<a class=\"figure\" data-figure=\"governance.meetings.partyGroup\" "
                + "href=\"/api/reports/2024/figures/governance.meetings.partyGroup/evidence?asOf=2024-12-05T08:00:00Z\">"
                + "24</a>次");
        assertThat(html).contains("data-figure=\"disclosure.items.total\" "
                + "href=\"/api/reports/2024/figures/disclosure.items.total/evidence?asOf=2024-12-05T08:00:00Z\">93</a>");
        long linked = FIGURES.values().stream().filter(v -> v.doubleValue() != 0).count();
        // each non-zero figure once in the text, every figure once in the table
        assertThat(html.split("<a class=\"figure\"", -1)).hasSize((int) (linked + FIGURES.size() + 1));
    }

    @Test
    void withoutAMomentTheLinksHaveNoneAndWithoutABaseThereAreNoLinks() {
        assertThat(html("/api/reports/2024/figures/", null))
                .contains("href=\"/api/reports/2024/figures/governance.meetings.topic/evidence\">15</a>");
        assertThat(html(null, AS_OF)).doesNotContain("<a ")
                .contains("<span class=\"figure\" data-figure=\"governance.meetings.topic\">15</span>");
    }

    @Test
    void thePageIsPrintableOnA4InChineseSerifFonts() {
        String html = html(null, AS_OF);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"UTF-8\">",
                "<title>关于2024年法治政府建设情况的报告</title>", "@page { size: A4;", "@media print",
                "font-family: \"仿宋_GB2312\"", "\"方正小标宋简体\"", "\"宋体\"", "font-size: 16pt",
                "<h2>一、2024年推进法治政府建设的主要举措和成效</h2>", "<h3>（一）深化法治学习</h3>",
                "<span class=\"placeholder\">（待填写）</span>");
    }

    @Test
    void narrativeIsEscaped() {
        String html = new String(new ReportDocuments().render("", 2024, FIGURES,
                new Narrative(Map.of(Section.OTHER, "<script>alert(1)</script>《条例》")), Template.STATUTORY,
                Format.HTML, null, AS_OF), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;《条例》");
    }

    @Test
    void markdownLinksTheFiguresToo() {
        String md = new String(new ReportDocuments().render("", 2024, FIGURES, Narrative.EMPTY, Template.BUREAU, Format.MD,
                "/api/reports/2024/figures/", AS_OF), StandardCharsets.UTF_8);

        assertThat(md).startsWith("# 关于2024年法治政府建设情况的报告\n")
                .contains("## 一、2024年法治政府建设的主要举措和成效\n", "### （一）深化法治学习\n",
                        "召开局党组会[24](</api/reports/2024/figures/governance.meetings.partyGroup/evidence"
                                + "?asOf=2024-12-05T08:00:00Z>)次",
                        "**（待填写）**", "| 指标 | 数值 |\n| --- | --- |\n");
    }

    private static String html(String base, Instant asOf) {
        return new String(new ReportDocuments().render("", 2024, FIGURES, Narrative.EMPTY, Template.STATUTORY,
                Format.HTML, base, asOf), StandardCharsets.UTF_8);
    }
}
