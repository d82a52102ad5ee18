package ruleoflaw.ledger.contracts.study;

/** The meetings at which the bureau's leadership decides; the Chinese name is the one the reports print. */
public enum MeetingKind {
    PARTY_GROUP("党组会"),
    DIRECTOR_OFFICE("局长办公会"),
    TOPIC("专题讨论会");

    private final String chineseName;

    MeetingKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
