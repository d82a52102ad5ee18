package ruleoflaw.ledger.reporting.document;

import static ruleoflaw.ledger.reporting.document.Phrasebook.Sentence.say;

import java.util.List;

/**
 * How the report words the year's figures, after the bureau's 2024 report: the topics of each part and, in each
 * topic, the sentences in reading order. {@code {key}} is where a figure is written ({@code {key|cn}} in Chinese
 * numerals); {@code {prefix.*}} makes the clause once for each figure of that family, {@code %s} its name. A clause
 * whose figure is 0 or not known is left out; a sentence is left out when its opening's figures are 0 or not known
 * or, with no figure in its opening, when no clause is left. {@value DepartmentWords#NAME} and
 * {@value DepartmentWords#SELF} are where the department is named.
 */
final class Phrasebook {

    /** A numbered topic of a part, e.g. （一）深化法治学习. */
    record Topic(Section part, String heading, List<Sentence> sentences) {
    }

    /** A sentence: an opening, then the clauses that are not 0 (led and joined as given), then a closing. */
    record Sentence(String opening, String lead, String joiner, List<String> clauses, String closing) {

        static Sentence say(String opening) {
            return new Sentence(opening, "", "", List.of(), "");
        }

        Sentence then(String lead, String joiner, String... clauses) {
            return new Sentence(opening, lead, joiner, List.of(clauses), closing);
        }

        Sentence end(String closing) {
            return new Sentence(opening, lead, joiner, clauses, closing);
        }
    }

    static final List<Topic> TOPICS = List.of(
            new Topic(Section.MEASURES, "深化法治学习", List.of(
                    say("[本单位]把习近平法治思想作为干部职工学习的重要内容，采取集中学与分组学、自学相结合等方式，"
                            + "全年组织开展法治学习{study.sessions.total}次")
                            .then("，其中", "、", "集中学习{study.sessions.collective}次",
                                    "理论学习中心组学习{study.sessions.centralGroup}次", "分组学习{study.sessions.group}次")
                            .end("。"),
                    say("").then("", "，", "干部职工参加法治学习{study.sessions.attendees}人次",
                            "通过线上方式学习{study.sessions.online}次").end("。"),
                    say("组织法治专题培训{study.sessions.training}次").then("，", "，",
                            "参训率达{study.training.participationPct}%").end("。"),
                    say("").then("", "，", "开展专题学法{study.sessions.thematic}次",
                            "落实“第一议题”学习制度{study.sessions.firstTopic}次",
                            "结合“三会一课”开展学法{study.sessions.threeMeetingsOneLesson}次",
                            "举办法治讲座{study.lectures.lawLectures}次").end("。"),
                    say("").then("", "，", "全年学习宪法和法律法规{study.laws.distinct}部",
                            "领导干部应知应会党内法规和国家法律清单学习覆盖率达{study.lawList.coveragePct}%").end("。"),
                    say("严格落实年度法治理论知识考试制度").then("，", "，", "组织考试{study.exams.held}次",
                            "其中线上考试{study.exams.online}次", "参考率{study.exams.participationPct}%",
                            "合格率{study.exams.passPct}%", "平均分{study.exams.averageScore}分").end("。"),
                    say("推动国家工作人员旁听庭审活动常态化制度化").then("，", "，", "组织旁听庭审{study.hearings.attended}次",
                            "参加旁听{study.hearings.attendees}人次").end("，推动机关工作人员法治教育培训见行见效。"))),
            new Topic(Section.MEASURES, "做好法律事务", List.of(
                    say("严格落实法律顾问制度").then("，", "，", "聘请法律顾问{legal.counsel.retained}名",
                            "按要求报备{legal.counsel.filed}名").end("，为各项政策法规和事务提供法律支持服务。"),
                    say("全年完成合法性审查{legal.reviews.total}件").then("，其中", "、",
                            "重大行政决策合法性审查{legal.reviews.majorDecisions}件",
                            "行政规范性文件合法性审核{legal.reviews.normativeDocuments}件",
                            "重大执法决定法制审核{legal.reviews.enforcementDecisions}件",
                            "合同合法性审查{legal.reviews.contracts}件", "其他合法性审查{legal.reviews.other}件").end("。"),
                    say("严格依照《中华人民共和国行政诉讼法》履行应诉职责").then("，", "，",
                            "全年办理行政应诉案件{legal.litigation.cases}件",
                            "在全国行政应诉平台备案{legal.litigation.platformRegistered}件",
                            "行政机关负责人出庭应诉{legal.litigation.principalAppearances}次",
                            "超过法定期限提交答辩状{legal.litigation.defenceOverdue}件",
                            "审结后维持{legal.litigation.upheld}件", "审结后纠正{legal.litigation.corrected}件",
                            "以其他方式结案{legal.litigation.other}件", "年末尚在审理中{legal.litigation.pending}件")
                            .end("。"),
                    say("").then("", "", "全年以[本单位]为被申请人的行政复议案件{legal.reconsideration.cases}件").end("。"))),
            new Topic(Section.MEASURES, "加强规范性文件管理，优化政务服务", List.of(
                    say("").then("", "，", "全年印发行政规范性文件{normative.issued}件", "其中修订{normative.revised}件",
                            "废止规范性文件{normative.repealed}件", "截至年底现行有效的规范性文件{normative.inForce}个")
                            .end("。"),
                    say("组织开展规范性文件清理{normative.cleanups}次").then("，", "，",
                            "共审查规范性文件{normative.cleanup.reviewed}件", "继续保留{normative.cleanup.kept}件",
                            "需修改{normative.cleanup.amended}件", "废止{normative.cleanup.repealed}件",
                            "宣布失效{normative.cleanup.declaredInvalid}件").end("。"),
                    say("").then("", "，", "在网上办事大厅新增政务服务事项{services.itemsAdded}项",
                            "更新办事材料清单{services.itemsUpdated}项").end("，推进政务服务线上线下融合发展。"))),
            new Topic(Section.MEASURES, "坚持政务公开", List.of(
                    say("按照《中华人民共和国政府信息公开条例》要求，全年通过政府信息公开门户网站共公开信息"
                            + "{disclosure.items.total}条")
                            .then("，其中", "；", "政府信息公开指南{disclosure.items.guide}条",
                                    "法定主动公开信息{disclosure.items.statutory}条",
                                    "政府信息公开年报{disclosure.items.annualReport}条", "动态类信息{disclosure.items.news}条")
                            .end("。"),
                    say("").then("", "", "法定主动公开信息超过20个工作日发布{disclosure.items.late}条").end("。"),
                    say("").then("", "，", "全年新收政府信息公开申请{disclosure.applications.received}件",
                            "上年结转{disclosure.applications.carriedOver}件",
                            "办结{disclosure.applications.answered}件",
                            "结转下年度继续办理{disclosure.applications.pending}件",
                            "超过法定期限答复{disclosure.applications.late}件").end("。"))),
            new Topic(Section.MEASURES, "开展普法宣传", List.of(
                    say("全年开展普法和科普宣传活动{outreach.events.total}场")
                            .then("，其中", "、", "“科技活动周”宣传活动{outreach.events.scienceWeek}场",
                                    "“全国科普日”宣传活动{outreach.events.scienceDay}场",
                                    "“宪法宣传周”普法宣传活动{outreach.events.constitutionWeek}场")
                            .end("，把营造普法氛围与普及科学知识有机融合。"),
                    say("结合部门职责开展其他主题宣传活动{outreach.events.otherCampaigns}场").then("，其中", "、",
                            "“%s”{outreach.events.named.*}场").end("。"),
                    say("").then("", "，",
                            "全年举办科普讲解大赛{outreach.contests.held}场", "本届为第{outreach.contests.edition|cn}届",
                            "吸引{outreach.contests.contestants}名选手参加比赛",
                            "大赛已连续{outreach.contests.consecutiveYears}年举办").end("，并将法治宣传纳入讲解内容。"),
                    say("围绕高新技术企业培育宣讲相关法律法规和优惠政策").then("，", "，",
                            "举办政策宣讲会{outreach.briefings.held}场", "参加{outreach.briefings.attendees}人次").end("。"),
                    say("结合高企、科企走访工作").then("，", "，", "走访企业{outreach.visits.enterprises}家")
                            .end("，实施“一企一策”精准化普法宣传和法律服务。"))),
            new Topic(Section.PRINCIPAL_DUTIES, "坚持民主集中制，健全决策机制", List.of(
                    say("凡重大事项，都在充分研究、广泛征求意见的基础上召开会议集中讨论研究决定").then("。全年共召开", "、",
                            "局党组会{governance.meetings.partyGroup}次", "局长办公会{governance.meetings.directorOffice}次",
                            "专题讨论会{governance.meetings.topic}次").end("，力求决策科学化、规范化。"),
                    say("").then("", "", "全年会议共研究决定事项{governance.meetings.decisions}项").end("。"))),
            new Topic(Section.PRINCIPAL_DUTIES, "持续筑牢廉政风险防线", List.of(
                    say("深入贯彻落实党风廉政建设主体责任").then("，", "，",
                            "全年专题研究部署党风廉政建设和反腐败工作{governance.integrity.studies}次",
                            "开展常规性约谈{governance.integrity.talks}人次",
                            "组织警示教育{governance.warningEducation.sessions}次").end("。"))),
            new Topic(Section.PRINCIPAL_DUTIES, "带头尊法学法守法用法", List.of(
                    say("").then("", "", "领导干部带头讲法治课{study.lectures.byLeaders}次")
                            .end("，发挥领导干部“关键少数”示范带头作用。"))));

    private Phrasebook() {
    }
}
