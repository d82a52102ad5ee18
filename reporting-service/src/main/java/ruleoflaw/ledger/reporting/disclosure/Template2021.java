package ruleoflaw.ledger.reporting.disclosure;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.ApplicationOutcome;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSubReason;
import ruleoflaw.ledger.contracts.litigation.CaseOutcome;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Column;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Line;

/**
 * Tables 二, 三 and 四 of the 政府信息公开工作年度报告 as the national template of 2021 (国办公开办函〔2021〕30号)
 * labels them, in its order, each with the stable key the report's JSON uses: the one place the labels are written
 * (those a printed report needs besides the tables' are public).
 */
public final class Template2021 {

    static final String NAME = "国办公开办函〔2021〕30号";

    /** The headings of the report's parts without a table; the tables' titles head the others. */
    public static final String OVERVIEW = "一、总体情况";
    public static final String PROBLEMS = "五、存在的主要问题及改进情况";
    public static final String OTHER_MATTERS = "六、其他需要报告的事项";
    /** The label over the rows of each item of table 二. */
    public static final String INFORMATION_CONTENT = "信息内容";
    /** The top left cell of table 三, over its row labels. */
    public static final String APPLICATIONS_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private Template2021() {
    }

    /** 二、主动公开政府信息情况: four small tables, one for each item of 条例 art. 20 they report. */
    static final class Active {
        static final String KEY = "activeDisclosure";
        static final String TITLE = "二、主动公开政府信息情况";
        static final String ITEM_1 = "第二十条第（一）项";
        static final String ITEM_5 = "第二十条第（五）项";
        static final String ITEM_6 = "第二十条第（六）项";
        static final String ITEM_8 = "第二十条第（八）项";

        static final Column ISSUED = column("issued", "本年制发件数");
        static final Column REPEALED = column("repealed", "本年废止件数");
        static final Column IN_FORCE = column("inForce", "现行有效件数");
        static final Column DECISIONS = column("decisions", "本年处理决定数量");
        static final Column FEE_AMOUNT = column("feeAmount", "本年收费金额（单位：万元）");
        static final List<Column> COLUMNS = List.of(ISSUED, REPEALED, IN_FORCE, DECISIONS, FEE_AMOUNT);

        static final Line RULES = line("rules", "规章", ITEM_1);
        static final Line NORMATIVE_DOCUMENTS = line("normativeDocuments", "行政规范性文件", ITEM_1);
        static final Line LICENSING = line("licensing", "行政许可", ITEM_5);
        static final Line PENALTIES = line("penalties", "行政处罚", ITEM_6);
        static final Line ENFORCEMENT = line("enforcement", "行政强制", ITEM_6);
        static final Line FEES = line("fees", "行政事业性收费", ITEM_8);

        private Active() {
        }
    }

    /** 三、收到和处理政府信息公开申请情况: applications by applicant (columns) and by what became of them (rows). */
    static final class Applications {
        static final String KEY = "applications";
        static final String TITLE = "三、收到和处理政府信息公开申请情况";
        static final String APPLICANTS = "申请人情况";
        static final String ORGANISATIONS = "法人或其他组织";
        static final String RESULTS = "三、本年度办理结果";

        static final Map<ApplicantType, Column> APPLICANT_COLUMNS = new EnumMap<>(Map.of(
                ApplicantType.NATURAL_PERSON, column("naturalPerson", "自然人", APPLICANTS),
                ApplicantType.COMMERCIAL_ENTERPRISE, column("commercialEnterprise", "商业企业", APPLICANTS, ORGANISATIONS),
                ApplicantType.RESEARCH_INSTITUTE, column("researchInstitute", "科研机构", APPLICANTS, ORGANISATIONS),
                ApplicantType.PUBLIC_INTEREST_ORGANISATION,
                column("publicInterestOrganisation", "社会公益组织", APPLICANTS, ORGANISATIONS),
                ApplicantType.LEGAL_SERVICES_ORGANISATION,
                column("legalServicesOrganisation", "法律服务机构", APPLICANTS, ORGANISATIONS),
                ApplicantType.OTHER_ORGANISATION, column("otherOrganisation", "其他", APPLICANTS, ORGANISATIONS)));
        static final Column TOTAL = column("total", "总计", APPLICANTS);

        static final Line RECEIVED = line("received", "一、本年新收政府信息公开申请数量");
        static final Line CARRIED_OVER = line("carriedOver", "二、上年结转政府信息公开申请数量");
        static final Line RESULTS_TOTAL = line("resultsTotal", "（七）总计", RESULTS);
        static final Line CARRIED_FORWARD = line("carriedForward", "四、结转下年度继续办理");

        /** (一) to (六); the four with sub-reasons are headings of their sub-rows, with no numbers of their own. */
        static final Map<ApplicationOutcome, String> OUTCOMES = new EnumMap<>(Map.of(
                ApplicationOutcome.DISCLOSED, "（一）予以公开",
                ApplicationOutcome.PARTLY_DISCLOSED, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                ApplicationOutcome.NOT_DISCLOSED, "（三）不予公开",
                ApplicationOutcome.CANNOT_PROVIDE, "（四）无法提供",
                ApplicationOutcome.NOT_HANDLED, "（五）不予处理",
                ApplicationOutcome.OTHER_HANDLING, "（六）其他处理"));

        static final Map<ApplicationSubReason, String> SUB_REASONS = new EnumMap<>(Map.ofEntries(
                entry(ApplicationSubReason.STATE_SECRET, "1.属于国家秘密"),
                entry(ApplicationSubReason.PROHIBITED_BY_LAW, "2.其他法律行政法规禁止公开"),
                entry(ApplicationSubReason.ENDANGERS_SECURITY_OR_STABILITY, "3.危及“三安全一稳定”"),
                entry(ApplicationSubReason.THIRD_PARTY_RIGHTS, "4.保护第三方合法权益"),
                entry(ApplicationSubReason.INTERNAL_AFFAIRS, "5.属于三类内部事务信息"),
                entry(ApplicationSubReason.PROCESS_INFORMATION, "6.属于四类过程性信息"),
                entry(ApplicationSubReason.ENFORCEMENT_CASE_FILE, "7.属于行政执法案卷"),
                entry(ApplicationSubReason.ADMINISTRATIVE_INQUIRY, "8.属于行政查询事项"),
                entry(ApplicationSubReason.NOT_HELD, "1.本机关不掌握相关政府信息"),
                entry(ApplicationSubReason.WOULD_NEED_CREATING, "2.没有现成信息需要另行制作"),
                entry(ApplicationSubReason.STILL_UNCLEAR_AFTER_CORRECTION, "3.补正后申请内容仍不明确"),
                entry(ApplicationSubReason.PETITION_OR_COMPLAINT, "1.信访举报投诉类申请"),
                entry(ApplicationSubReason.REPEATED_APPLICATION, "2.重复申请"),
                entry(ApplicationSubReason.PUBLISHED_MATERIAL, "3.要求提供公开出版物"),
                entry(ApplicationSubReason.MASS_REPEATED_WITHOUT_REASON, "4.无正当理由大量反复申请"),
                entry(ApplicationSubReason.CONFIRM_OR_REISSUE, "5.要求行政机关确认或重新出具已获取信息"),
                entry(ApplicationSubReason.CORRECTION_NOT_SUPPLIED,
                        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                entry(ApplicationSubReason.FEE_NOT_PAID,
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                entry(ApplicationSubReason.OTHER, "3.其他")));

        private Applications() {
        }
    }

    /**
     * 四、政府信息公开行政复议、行政诉讼情况. The template prints one line of 15 numbers under three column groups;
     * here the three groups are rows of the same five columns.
     */
    static final class Reviews {
        static final String KEY = "reconsiderationAndLitigation";
        static final String TITLE = "四、政府信息公开行政复议、行政诉讼情况";
        static final String LITIGATION = "行政诉讼";

        static final Map<CaseOutcome, Column> OUTCOME_COLUMNS = new EnumMap<>(Map.of(
                CaseOutcome.UPHELD, column("upheld", "结果维持"),
                CaseOutcome.CORRECTED, column("corrected", "结果纠正"),
                CaseOutcome.OTHER, column("other", "其他结果")));
        static final Column PENDING = column("pending", "尚未审结");
        static final Column TOTAL = column("total", "总计");

        static final Line RECONSIDERATION = line("reconsideration", "行政复议");
        static final Line DIRECT_LITIGATION = line("litigationWithoutReconsideration", "未经复议直接起诉", LITIGATION);
        static final Line LITIGATION_AFTER_RECONSIDERATION = line("litigationAfterReconsideration", "复议后起诉", LITIGATION);

        private Reviews() {
        }
    }

    private static Column column(String key, String label, String... groups) {
        return new Column(key, label, List.of(groups));
    }

    private static Line line(String key, String label, String... groups) {
        return new Line(key, label, List.of(groups));
    }
}
