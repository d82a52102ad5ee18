package ruleoflaw.ledger.reporting.document;

import java.util.List;
import java.util.Map;

/**
 * The parts a report cannot be published without, and which of them nobody has written: a published revision shows no
 * 待填写, so the workflow refuses to publish while one is missing. In the rule-of-law report each part of the statutory
 * template but 其他需要报告的情况 must have words, its figures' or people's; in the disclosure report 存在的主要问题 and
 * 改进情况 (the introduction of either report may stay empty: it is left out).
 */
public final class RequiredSections {

    private static final Map<Section, String> NAMES = Map.of(Section.MEASURES, "主要举措和成效",
            Section.PRINCIPAL_DUTIES, "党政主要负责人履行推进法治建设第一责任人职责情况", Section.SHORTCOMINGS, "存在的不足和原因",
            Section.NEXT_YEAR, "下一年的主要安排（改进情况）", Section.INTRODUCTION, "引言", Section.OTHER, "其他需要报告的情况");

    private RequiredSections() {
    }

    /** The required parts of the rule-of-law report that neither its figures nor its narrative fill, in order. */
    public static List<Section> unwrittenRuleOfLaw(Map<String, Number> figures, Narrative narrative) {
        return Template.STATUTORY.parts().stream().map(Template.Part::section)
                .filter(section -> section != Section.OTHER)
                .filter(section -> narrative.of(section).isEmpty() && !ReportComposer.hasTopics(section, figures))
                .toList();
    }

    /** The required parts of the disclosure report without a word written, in order. */
    public static List<Section> unwrittenDisclosure(Narrative narrative) {
        return List.of(Section.SHORTCOMINGS, Section.NEXT_YEAR).stream()
                .filter(section -> narrative.of(section).isEmpty()).toList();
    }

    /** The section as a reader of the report knows it: 存在的不足和原因. */
    public static String name(Section section) {
        return NAMES.get(section);
    }
}
