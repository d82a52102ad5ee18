package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.document.ReportDocument.Block;
import ruleoflaw.ledger.reporting.document.ReportDocument.FigureRun;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.figures.FigureCatalogs;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The reference year's figures worded as the bureau's 2024 report words them. */
class ReportComposerTest {

    private static final Map<String, Number> REFERENCE = ReferenceFigures.of2024();

    @Test
    void theReferenceYearsFiguresReadLikeTheReferenceReport() {
        String text = text(compose(REFERENCE, Narrative.EMPTY, Template.BUREAU));

        assertThat(text).contains("全年共召开局党组会24次、局长办公会7次、专题讨论会15次，力求决策科学化、规范化。")
                .contains("全年组织开展法治学习13次，其中集中学习8次、理论学习中心组学习4次、分组学习1次。")
                .contains("全年专题研究部署党风廉政建设和反腐败工作2次，开展常规性约谈12人次，组织警示教育2次。")
                .contains("全年办理行政应诉案件1件，在全国行政应诉平台备案1件，年末尚在审理中1件。")
                .contains("共公开信息93条，其中政府信息公开指南1条；法定主动公开信息11条；政府信息公开年报1条；动态类信息80条。")
                .contains("截至年底现行有效的规范性文件4个")
                .contains("全年举办科普讲解大赛1场，本届为第七届，吸引152名选手参加比赛，大赛已连续7年举办")
                .contains("全年完成合法性审查1件，其中行政规范性文件合法性审核1件。")
                .contains("我单位把习近平法治思想作为干部职工学习的重要内容")
                .contains("领导干部应知应会党内法规和国家法律清单学习覆盖率达66.7%")
                .contains("参考率100%，合格率100%")
                .contains("《中华人民共和国行政诉讼法》", "《中华人民共和国政府信息公开条例》");
    }

    @Test
    void everyNonZeroFigureIsWrittenOnceInTheTextWithItsKey() {
        List<FigureRun> written = compose(REFERENCE, Narrative.EMPTY, Template.STATUTORY).blocks().stream()
                .filter(Paragraph.class::isInstance).flatMap(p -> ((Paragraph) p).runs().stream())
                .filter(FigureRun.class::isInstance).map(FigureRun.class::cast).toList();

        Map<String, String> nonZero = REFERENCE.entrySet().stream().filter(f -> f.getValue().doubleValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, f -> f.getKey().equals("outreach.contests.edition")
                        ? ReportComposer.numeral(f.getValue()) : ReportComposer.written(f.getValue())));
        assertThat(written.stream().collect(Collectors.toMap(FigureRun::key, FigureRun::text)))
                .containsExactlyInAnyOrderEntriesOf(nonZero);
        assertThat(written).hasSameSizeAs(nonZero.keySet());
    }

    @Test
    void everyFigureOfTheCatalogHasAPhrasing() {
        String phrasebook = Phrasebook.TOPICS.stream().flatMap(topic -> topic.sentences().stream())
                .map(s -> s.opening() + String.join("", s.clauses())).collect(Collectors.joining());

        assertThat(REFERENCE.keySet()).hasSize(81)
                .allSatisfy(key -> assertThat(phrasebook).containsPattern("\\{" + Pattern.quote(key) + "(\\|cn)?}"));
        assertThat(REFERENCE.keySet()).allSatisfy(key -> assertThat(FigureNames.of(key)).isNotEqualTo(key));
    }

    @Test
    void figuresThatAreZeroAreLeftOutAndSoIsASentenceWithNothingToSay() {
        Map<String, Number> figures = new LinkedHashMap<>(REFERENCE);
        figures.replaceAll((key, value) -> 0);
        figures.put("governance.meetings.topic", 3);

        ReportDocument document = compose(figures, Narrative.EMPTY, Template.STATUTORY);

        assertThat(text(document)).contains("全年共召开专题讨论会3次，力求决策科学化、规范化。")
                .doesNotContain("局党组会", "局长办公会", "法治学习", "应诉", "0次", "0件", "0条");
        assertThat(document.blocks()).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
                .containsExactly("一、2024年推进法治政府建设的主要举措和成效", "二、2024年推进法治政府建设存在的不足和原因",
                        "三、2024年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                        "（一）坚持民主集中制，健全决策机制", "四、2025年推进法治政府建设的主要安排",
                        "附表：2024年法治政府建设主要数据");
    }

    @Test
    void aCountLeftUnstatedLeavesItsFigureOutOfTheSentenceAndATrainingSaysItsParticipationRate() {
        List<RecordVersion> records = new ArrayList<>();
        records.add(record("study.session", Map.of("kind", "COLLECTIVE_STUDY", "attendees", 18, "format", "OFFLINE")));
        records.add(record("study.session", Map.of("kind", "GROUP_STUDY", "format", "OFFLINE"))); // attendance unstated
        records.add(record("study.session", Map.of("kind", "SPECIAL_TRAINING", "attendees", 30, "required", 30,
                "format", "OFFLINE")));
        records.add(record("study.exam", Map.of("format", "OFFLINE"))); // no count stated
        Map<String, Number> figures = FigureCatalogs.all().values(records);

        String text = text(compose(figures, Narrative.EMPTY, Template.STATUTORY));

        assertThat(figures).containsEntry("study.sessions.attendees", null).containsEntry("study.exams.passPct", null);
        assertThat(text).contains("全年组织开展法治学习3次，其中集中学习1次、分组学习1次。")
                .contains("组织法治专题培训1次，参训率达100%。")
                .contains("严格落实年度法治理论知识考试制度，组织考试1次。")
                .doesNotContain("参加法治学习", "人次", "参考率", "合格率", "平均分", "线上", "null");
    }

    @Test
    void theNewFiguresAreWordedWhereAReaderLooksForThem() {
        Map<String, Number> figures = new LinkedHashMap<>(REFERENCE);
        figures.putAll(Map.of("study.sessions.attendees", 234, "study.sessions.online", 2,
                "study.sessions.thematic", 3, "study.sessions.firstTopic", 12, "study.sessions.threeMeetingsOneLesson", 4,
                "study.lectures.lawLectures", 1, "study.exams.online", 1, "study.exams.averageScore", 92.5,
                "governance.meetings.decisions", 37));
        figures.put("study.sessions.training", 2);
        figures.put("study.training.participationPct", 96.67);

        String text = text(compose(figures, Narrative.EMPTY, Template.BUREAU));

        assertThat(text).contains("全年组织开展法治学习13次，其中集中学习8次、理论学习中心组学习4次、分组学习1次。"
                        + "干部职工参加法治学习234人次，通过线上方式学习2次。组织法治专题培训2次，参训率达96.7%。"
                        + "开展专题学法3次，落实“第一议题”学习制度12次，结合“三会一课”开展学法4次，举办法治讲座1次。")
                .contains("组织考试1次，其中线上考试1次，参考率100%，合格率100%，平均分92.5分。")
                .contains("力求决策科学化、规范化。全年会议共研究决定事项37项。");
    }

    @Test
    void everyStudyFigureHasAPhrasingAndAName() {
        String phrasebook = Phrasebook.TOPICS.stream().flatMap(topic -> topic.sentences().stream())
                .map(s -> s.opening() + String.join("", s.clauses())).collect(Collectors.joining());

        assertThat(FigureCatalogs.all().figures()).extracting(f -> f.key())
                .filteredOn(key -> key.startsWith("study.") || key.startsWith("governance."))
                .hasSize(29)
                .allSatisfy(key -> assertThat(phrasebook).contains("{" + key + "}"))
                .allSatisfy(key -> assertThat(FigureNames.of(key)).isNotEqualTo(key));
    }

    @Test
    void theTemplatesOrderThePartsAndNarrativeFollowsTheFiguresOfItsPart() {
        Map<Section, String> words = new EnumMap<>(Section.class);
        words.put(Section.INTRODUCTION, "2024年以来，区科技局党组深入学习贯彻习近平法治思想。");
        words.put(Section.PRINCIPAL_DUTIES, "调整了由局党组书记、局长任组长的依法行政领导小组。");
        words.put(Section.SHORTCOMINGS, "一是法律条文较多。\n二是宣传方式单一。");
        words.put(Section.OTHER, "无其他需要报告的情况。");
        Narrative narrative = new Narrative(words);

        List<String> bureau = lines(compose(REFERENCE, narrative, Template.BUREAU));
        List<String> statutory = lines(compose(REFERENCE, narrative, Template.STATUTORY));

        assertThat(bureau).containsSubsequence("（本稿数据依据台账记录，截至2024年12月5日16时00分）",
                "2024年以来，区科技局党组深入学习贯彻习近平法治思想。",
                "一、2024年法治政府建设的主要举措和成效",
                "二、2024年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                "（一）坚持民主集中制，健全决策机制", "（二）持续筑牢廉政风险防线",
                "调整了由局党组书记、局长任组长的依法行政领导小组。",
                "三、2024年推进法治政府建设存在的不足和原因", "一是法律条文较多。", "二是宣传方式单一。",
                "四、2025年推进法治政府建设的工作思路和目标举措", ReportComposer.TO_BE_WRITTEN,
                "五、其他需要报告的情况", "无其他需要报告的情况。");
        assertThat(statutory).containsSubsequence("一、2024年推进法治政府建设的主要举措和成效",
                "二、2024年推进法治政府建设存在的不足和原因", "一是法律条文较多。",
                "三、2024年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                "四、2025年推进法治政府建设的主要安排", ReportComposer.TO_BE_WRITTEN, "五、其他需要报告的情况");
    }

    @Test
    void anEmptySectionIsMarkedToBeWrittenAndTheOptionalPartFiveIsLeftOut() {
        ReportDocument document = compose(REFERENCE, Narrative.EMPTY, Template.STATUTORY);

        assertThat(document.blocks()).filteredOn(Paragraph.class::isInstance)
                .filteredOn(p -> ((Paragraph) p).runs().stream().anyMatch(Placeholder.class::isInstance))
                .hasSize(3); // introduction, shortcomings, next year
        assertThat(text(document)).doesNotContain("其他需要报告的情况");
    }

    @Test
    void theFiguresAreWrittenInFullWidthPunctuation() {
        assertThat(compose(REFERENCE, Narrative.EMPTY, Template.BUREAU).blocks())
                .filteredOn(b -> !(b instanceof ReportDocument.Table))
                .allSatisfy(block -> assertThat(plain(block)).doesNotContainPattern("[,;:()!?\"]"));
    }

    @Test
    void aCountLeftUnstatedLeavesItsNumberOutOfTheSentenceAndTheTableSaysSo() {
        Map<String, Number> figures = new LinkedHashMap<>(REFERENCE);
        figures.put("study.exams.participationPct", null);
        figures.put("study.exams.passPct", null);
        figures.put("study.exams.averageScore", null);
        figures.put("outreach.contests.contestants", null);

        ReportDocument document = compose(figures, Narrative.EMPTY, Template.STATUTORY);

        assertThat(text(document)).contains("严格落实年度法治理论知识考试制度，组织考试1次。")
                .contains("全年举办科普讲解大赛1场，本届为第七届，大赛已连续7年举办").doesNotContain("参考率", "合格率", "选手");
        assertThat(document.blocks()).filteredOn(ReportDocument.Table.class::isInstance)
                .anySatisfy(table -> assertThat(plain(table)).contains("参赛选手（名）", ReportComposer.NOT_STATED));
    }

    @Test
    void campaignsUnderTheirOwnNamesAreListedAfterTheStatutoryWeeks() {
        Map<String, Number> figures = new LinkedHashMap<>(REFERENCE);
        figures.put("outreach.events.total", 6);
        figures.put("outreach.events.otherCampaigns", 3);
        figures.put("outreach.events.named.双创活动周", 2);
        figures.put("outreach.events.named.安全生产月", 1);

        assertThat(text(compose(figures, Narrative.EMPTY, Template.STATUTORY))).contains("全年开展普法和科普宣传活动6场，其中"
                + "“科技活动周”宣传活动1场、“全国科普日”宣传活动1场、“宪法宣传周”普法宣传活动1场，把营造普法氛围与普及科学知识有机融合。"
                + "结合部门职责开展其他主题宣传活动3场，其中“双创活动周”2场、“安全生产月”1场。");
    }

    @Test
    void aCleanUpOfNormativeDocumentsIsReported() {
        Map<String, Number> figures = new LinkedHashMap<>(REFERENCE);
        figures.putAll(Map.of("normative.cleanups", 1, "normative.cleanup.reviewed", 12, "normative.cleanup.kept", 9,
                "normative.cleanup.amended", 1, "normative.cleanup.repealed", 2, "normative.cleanup.declaredInvalid", 0));

        assertThat(text(compose(figures, Narrative.EMPTY, Template.STATUTORY))).contains(
                "组织开展规范性文件清理1次，共审查规范性文件12件，继续保留9件，需修改1件，废止2件。");
    }

    @Test
    void theTextNamesTheDepartmentAsItCallsItself() {
        String text = text(ReportComposer.compose("重庆市九龙坡区科学技术局", 2024, REFERENCE, Narrative.EMPTY,
                Template.STATUTORY, null));
        String centre = text(ReportComposer.compose("重庆市九龙坡区政务服务中心", 2024, REFERENCE, Narrative.EMPTY,
                Template.STATUTORY, null));

        assertThat(text).contains("我局把习近平法治思想作为干部职工学习的重要内容");
        assertThat(centre).contains("我中心把习近平法治思想作为干部职工学习的重要内容");
        assertThat(DepartmentWords.of("重庆市九龙坡区教育委员会").self()).isEqualTo("我委");
        assertThat(DepartmentWords.of("").name()).isEqualTo("我单位");
    }

    @Test
    void editionsAreCountedInChineseNumerals() {
        assertThat(List.of(1, 2, 7, 10, 12, 20, 21, 99).stream().map(ReportComposer::numeral))
                .containsExactly("一", "二", "七", "十", "十二", "二十", "二十一", "九十九");
        assertThat(ReportComposer.numeral(100)).isEqualTo("100");
    }

    @Test
    void ratesHaveOneDecimalAndCountsNone() {
        assertThat(ReportComposer.written(66.7)).isEqualTo("66.7");
        assertThat(ReportComposer.written(100.0)).isEqualTo("100");
        assertThat(ReportComposer.written(95.25)).isEqualTo("95.3");
        assertThat(ReportComposer.written(24)).isEqualTo("24");
        assertThat(ReportComposer.written(120L)).isEqualTo("120");
    }

    private static ReportDocument compose(Map<String, Number> figures, Narrative narrative, Template template) {
        return ReportComposer.compose("", 2024, figures, narrative, template, Instant.parse("2024-12-05T08:00:00Z"));
    }

    private static RecordVersion record(String type, Map<String, Object> stated) {
        Map<String, Object> facts = new HashMap<>(stated);
        facts.put("title", type);
        String id = type + "-" + facts.hashCode() + "-" + System.nanoTime();
        return new RecordVersion(id, id, type, 0, "2024-05-10", 2024, Instant.EPOCH, "学法专员", null, "recorded", null,
                false, type, facts);
    }

    private static List<String> lines(ReportDocument document) {
        return document.blocks().stream().map(ReportComposerTest::plain).toList();
    }

    /** The text, the table of every figure left out. */
    private static String text(ReportDocument document) {
        return document.blocks().stream().filter(b -> !(b instanceof ReportDocument.Table)).map(ReportComposerTest::plain)
                .collect(Collectors.joining("\n"));
    }

    private static String plain(Block block) {
        if (block instanceof Heading heading) {
            return heading.text();
        }
        if (block instanceof Paragraph paragraph) {
            return paragraph.text();
        }
        return ((ReportDocument.Table) block).body().toString();
    }
}
