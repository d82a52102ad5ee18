package ruleoflaw.ledger.contracts.litigation;

/** Who brought the case, in the columns of the disclosure report's tables. */
public enum PlaintiffType {
    NATURAL_PERSON("自然人"),
    BUSINESS("商业企业"),
    RESEARCH_INSTITUTE("科研机构"),
    PUBLIC_INTEREST_ORGANISATION("社会公益组织"),
    LEGAL_SERVICES_ORGANISATION("法律服务机构"),
    OTHER("其他");

    private final String chineseName;

    PlaintiffType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
