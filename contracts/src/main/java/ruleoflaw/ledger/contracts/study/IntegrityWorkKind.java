package ruleoflaw.ledger.contracts.study;

/** The kinds of integrity work (党风廉政) the bureau records; the Chinese name is the one the reports print. */
public enum IntegrityWorkKind {
    INTEGRITY_STUDY("党风廉政专题研究"),
    INTEGRITY_TALK("约谈");

    private final String chineseName;

    IntegrityWorkKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
