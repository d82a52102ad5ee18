package ruleoflaw.ledger.contracts.disclosure;

/** The sub-rows of table 三's outcomes (三) to (六): why an application was not (fully) answered with the information. */
public enum ApplicationSubReason {
    // (三) 不予公开
    /** 属于国家秘密 */
    STATE_SECRET(ApplicationOutcome.NOT_DISCLOSED),
    /** 其他法律行政法规禁止公开 */
    PROHIBITED_BY_LAW(ApplicationOutcome.NOT_DISCLOSED),
    /** 危及"三安全一稳定" */
    ENDANGERS_SECURITY_OR_STABILITY(ApplicationOutcome.NOT_DISCLOSED),
    /** 保护第三方合法权益 */
    THIRD_PARTY_RIGHTS(ApplicationOutcome.NOT_DISCLOSED),
    /** 属于三类内部事务信息 */
    INTERNAL_AFFAIRS(ApplicationOutcome.NOT_DISCLOSED),
    /** 属于四类过程性信息 */
    PROCESS_INFORMATION(ApplicationOutcome.NOT_DISCLOSED),
    /** 属于行政执法案卷 */
    ENFORCEMENT_CASE_FILE(ApplicationOutcome.NOT_DISCLOSED),
    /** 属于行政查询事项 */
    ADMINISTRATIVE_INQUIRY(ApplicationOutcome.NOT_DISCLOSED),
    // (四) 无法提供
    /** 本机关不掌握相关政府信息 */
    NOT_HELD(ApplicationOutcome.CANNOT_PROVIDE),
    /** 没有现成信息需要另行制作 */
    WOULD_NEED_CREATING(ApplicationOutcome.CANNOT_PROVIDE),
    /** 补正后申请内容仍不明确 */
    STILL_UNCLEAR_AFTER_CORRECTION(ApplicationOutcome.CANNOT_PROVIDE),
    // (五) 不予处理
    /** 信访举报投诉类申请 */
    PETITION_OR_COMPLAINT(ApplicationOutcome.NOT_HANDLED),
    /** 重复申请 */
    REPEATED_APPLICATION(ApplicationOutcome.NOT_HANDLED),
    /** 要求提供公开出版物 */
    PUBLISHED_MATERIAL(ApplicationOutcome.NOT_HANDLED),
    /** 无正当理由大量反复申请 */
    MASS_REPEATED_WITHOUT_REASON(ApplicationOutcome.NOT_HANDLED),
    /** 要求行政机关确认或重新出具已获取信息 */
    CONFIRM_OR_REISSUE(ApplicationOutcome.NOT_HANDLED),
    // (六) 其他处理
    /** 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
    CORRECTION_NOT_SUPPLIED(ApplicationOutcome.OTHER_HANDLING),
    /** 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
    FEE_NOT_PAID(ApplicationOutcome.OTHER_HANDLING),
    /** 其他 */
    OTHER(ApplicationOutcome.OTHER_HANDLING);

    private final ApplicationOutcome outcome;

    ApplicationSubReason(ApplicationOutcome outcome) {
        this.outcome = outcome;
    }

    public ApplicationOutcome outcome() {
        return outcome;
    }

    /** Whether an answer with this outcome and sub-reason (either may be null for the sub-reason) is consistent. */
    public static boolean consistent(ApplicationOutcome outcome, ApplicationSubReason subReason) {
        return outcome.hasSubReasons() ? subReason != null && subReason.outcome == outcome : subReason == null;
    }
}
