package ruleoflaw.ledger.contracts.litigation;

/** What a legal review (合法性审查) examined. */
public enum ReviewKind {
    NORMATIVE_DOCUMENT("行政规范性文件"),
    MAJOR_DECISION("重大行政决策"),
    CONTRACT("合同"),
    OTHER("其他");

    private final String chineseName;

    ReviewKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
