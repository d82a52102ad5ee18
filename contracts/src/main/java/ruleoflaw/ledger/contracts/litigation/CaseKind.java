package ruleoflaw.ledger.contracts.litigation;

/** The cases the bureau defends; the Chinese name is the one the reports print. */
public enum CaseKind {
    LITIGATION_FIRST_INSTANCE("行政诉讼一审"),
    LITIGATION_APPEAL("行政诉讼二审"),
    LITIGATION_RETRIAL("行政诉讼再审"),
    RECONSIDERATION("行政复议");

    private final String chineseName;

    CaseKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean isLitigation() {
        return this != RECONSIDERATION;
    }
}
