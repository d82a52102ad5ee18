package ruleoflaw.ledger.contracts.litigation;

/** How a case ended, as table 四 of the disclosure report counts it. */
public enum CaseOutcome {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果");

    private final String chineseName;

    CaseOutcome(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
