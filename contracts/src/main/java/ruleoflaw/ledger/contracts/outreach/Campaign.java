package ruleoflaw.ledger.contracts.outreach;

/** The publicity campaigns the bureau takes part in; OTHER names its campaign. The Chinese name is the reports'. */
public enum Campaign {
    SCIENCE_WEEK("科技活动周"),
    SCIENCE_DAY("全国科普日"),
    CONSTITUTION_WEEK("宪法宣传周"),
    OTHER("其他宣传活动");

    private final String chineseName;

    Campaign(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
