package ruleoflaw.ledger.reporting.document;

import static java.util.Map.entry;

import java.util.Map;

/** The Chinese name of each figure of ../shared/design/FIGURES.md, as a table of the report shows it. */
public final class FigureNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            entry("study.sessions.total", "法治学习（次）"),
            entry("study.sessions.collective", "集中学习（次）"),
            entry("study.sessions.centralGroup", "理论学习中心组学习（次）"),
            entry("study.sessions.group", "分组学习（次）"),
            entry("study.sessions.training", "专题培训（次）"),
            entry("study.sessions.attendees", "参加法治学习（人次）"),
            entry("study.sessions.thematic", "专题学法（次）"),
            entry("study.sessions.firstTopic", "“第一议题”学习（次）"),
            entry("study.sessions.threeMeetingsOneLesson", "“三会一课”学法（次）"),
            entry("study.sessions.online", "线上法治学习（次）"),
            entry("study.training.participationPct", "法治专题培训参训率（%）"),
            entry("study.lectures.byLeaders", "领导干部讲法治课（次）"),
            entry("study.lectures.lawLectures", "法治讲座（次）"),
            entry("study.laws.distinct", "学习法律法规（部）"),
            entry("study.lawList.coveragePct", "应知应会法律清单学习覆盖率（%）"),
            entry("study.exams.held", "法治理论知识考试（次）"),
            entry("study.exams.participationPct", "考试参考率（%）"),
            entry("study.exams.passPct", "考试合格率（%）"),
            entry("study.exams.online", "线上法治理论知识考试（次）"),
            entry("study.exams.averageScore", "考试平均分（分）"),
            entry("study.hearings.attended", "旁听庭审（次）"),
            entry("study.hearings.attendees", "旁听庭审人员（人次）"),
            entry("governance.meetings.partyGroup", "局党组会（次）"),
            entry("governance.meetings.directorOffice", "局长办公会（次）"),
            entry("governance.meetings.topic", "专题讨论会（次）"),
            entry("governance.meetings.decisions", "会议研究决定事项（项）"),
            entry("governance.integrity.studies", "党风廉政建设专题研究（次）"),
            entry("governance.integrity.talks", "约谈（人次）"),
            entry("governance.warningEducation.sessions", "警示教育（次）"),
            entry("legal.litigation.cases", "行政应诉案件（件）"),
            entry("legal.litigation.pending", "尚未审结的行政诉讼案件（件）"),
            entry("legal.litigation.upheld", "行政诉讼结果维持（件）"),
            entry("legal.litigation.corrected", "行政诉讼结果纠正（件）"),
            entry("legal.litigation.other", "行政诉讼其他结果（件）"),
            entry("legal.litigation.platformRegistered", "全国行政应诉平台备案（件）"),
            entry("legal.litigation.principalAppearances", "负责人出庭应诉（次）"),
            entry("legal.litigation.defenceOverdue", "逾期提交答辩状（件）"),
            entry("legal.reconsideration.cases", "行政复议案件（件）"),
            entry("legal.counsel.retained", "聘请法律顾问（名）"),
            entry("legal.counsel.filed", "法律顾问报备（名）"),
            entry("legal.reviews.total", "合法性审查（件）"),
            entry("legal.reviews.majorDecisions", "重大行政决策合法性审查（件）"),
            entry("legal.reviews.normativeDocuments", "行政规范性文件合法性审核（件）"),
            entry("legal.reviews.enforcementDecisions", "重大执法决定法制审核（件）"),
            entry("legal.reviews.contracts", "合同合法性审查（件）"),
            entry("legal.reviews.other", "其他合法性审查（件）"),
            entry("outreach.events.total", "普法和科普宣传活动（场）"),
            entry("outreach.events.scienceWeek", "“科技活动周”宣传活动（场）"),
            entry("outreach.events.scienceDay", "“全国科普日”宣传活动（场）"),
            entry("outreach.events.constitutionWeek", "“宪法宣传周”普法宣传活动（场）"),
            entry("outreach.events.otherCampaigns", "其他主题宣传活动（场）"),
            entry("outreach.contests.held", "竞赛活动（场）"),
            entry("outreach.contests.edition", "竞赛届次（第…届）"),
            entry("outreach.contests.contestants", "参赛选手（名）"),
            entry("outreach.contests.consecutiveYears", "竞赛连续举办（年）"),
            entry("outreach.briefings.held", "政策宣讲会（场）"),
            entry("outreach.briefings.attendees", "政策宣讲会参加人员（人次）"),
            entry("outreach.visits.enterprises", "走访企业（家）"),
            entry("disclosure.items.total", "主动公开信息（条）"),
            entry("disclosure.items.guide", "政府信息公开指南（条）"),
            entry("disclosure.items.statutory", "法定主动公开信息（条）"),
            entry("disclosure.items.annualReport", "政府信息公开年报（条）"),
            entry("disclosure.items.news", "动态类信息（条）"),
            entry("disclosure.items.late", "逾期发布的法定主动公开信息（条）"),
            entry("disclosure.applications.received", "本年新收政府信息公开申请（件）"),
            entry("disclosure.applications.carriedOver", "上年结转申请（件）"),
            entry("disclosure.applications.answered", "本年办结申请（件）"),
            entry("disclosure.applications.pending", "结转下年度继续办理（件）"),
            entry("disclosure.applications.late", "逾期答复申请（件）"),
            entry("normative.issued", "印发行政规范性文件（件）"),
            entry("normative.revised", "其中修订（件）"),
            entry("normative.repealed", "废止行政规范性文件（件）"),
            entry("normative.inForce", "现行有效行政规范性文件（件）"),
            entry("normative.cleanups", "规范性文件清理（次）"),
            entry("normative.cleanup.reviewed", "清理审查规范性文件（件）"),
            entry("normative.cleanup.kept", "清理后继续保留（件）"),
            entry("normative.cleanup.amended", "清理后需修改（件）"),
            entry("normative.cleanup.repealed", "清理后废止（件）"),
            entry("normative.cleanup.declaredInvalid", "清理后宣布失效（件）"),
            entry("services.itemsAdded", "新增政务服务事项（项）"),
            entry("services.itemsUpdated", "更新材料清单的政务服务事项（项）"));

    /** The figures of campaigns under their own names (OutreachFigures.NAMED_CAMPAIGN). */
    private static final String NAMED_CAMPAIGN = "outreach.events.named.";

    private FigureNames() {
    }

    /**
     * The figure's Chinese name with its unit (a campaign's under its own name), or the key itself for a figure not
     * named here yet.
     */
    public static String of(String key) {
        if (key.startsWith(NAMED_CAMPAIGN) && key.length() > NAMED_CAMPAIGN.length()) {
            return "“" + key.substring(NAMED_CAMPAIGN.length()) + "”宣传活动（场）";
        }
        return NAMES.getOrDefault(key, key);
    }
}
