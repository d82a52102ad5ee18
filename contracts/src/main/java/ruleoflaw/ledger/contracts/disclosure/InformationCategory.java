package ruleoflaw.ledger.contracts.disclosure;

public enum InformationCategory {
    GUIDE("政府信息公开指南"),
    STATUTORY("法定主动公开"),
    ANNUAL_REPORT("政府信息公开年报"),
    NEWS("动态类信息");

    private final String chineseName;

    InformationCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
