package ruleoflaw.ledger.contracts.disclosure;

public enum StatutoryKind {
    FUNCTIONS("机构职能"),
    LEADERS("领导信息"),
    POLICY_DOCUMENTS("政策文件"),
    BUDGETS_AND_FINAL_ACCOUNTS("财政预决算"),
    /** Recorded by the suite when the report is published in it (disclosure-service, {@code publication}). */
    RULE_OF_LAW_REPORT("法治政府建设年度报告"),
    OTHER("其他");

    private final String chineseName;

    StatutoryKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
