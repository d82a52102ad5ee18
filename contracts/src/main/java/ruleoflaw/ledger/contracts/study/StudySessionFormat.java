package ruleoflaw.ledger.contracts.study;

/** Where a study session was held: in person or online; the Chinese name is the one the reports print. */
public enum StudySessionFormat {
    OFFLINE("线下"),
    ONLINE("线上");

    private final String chineseName;

    StudySessionFormat(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
