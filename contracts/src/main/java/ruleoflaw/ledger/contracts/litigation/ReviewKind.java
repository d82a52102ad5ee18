package ruleoflaw.ledger.contracts.litigation;

/** What a legal review (合法性审查) examined; the Chinese name is the kind of review as reports name it. */
public enum ReviewKind {
    NORMATIVE_DOCUMENT("行政规范性文件合法性审核"),
    MAJOR_DECISION("重大行政决策合法性审查"),
    MAJOR_ENFORCEMENT_DECISION("重大执法决定法制审核"),
    CONTRACT("合同合法性审查"),
    OTHER("其他合法性审查");

    private final String chineseName;

    ReviewKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
