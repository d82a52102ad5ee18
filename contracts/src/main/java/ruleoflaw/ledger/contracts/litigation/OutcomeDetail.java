package ruleoflaw.ledger.contracts.litigation;

import java.util.Set;

/** What exactly the judgment or decision said; each detail belongs to the outcomes it may be counted as. */
public enum OutcomeDetail {
    CLAIM_DISMISSED("驳回诉讼请求", CaseOutcome.UPHELD),
    DECISION_REVOKED("撤销", CaseOutcome.CORRECTED),
    CONFIRMED_ILLEGAL("确认违法", CaseOutcome.CORRECTED),
    ORDERED_TO_ACT("责令履行", CaseOutcome.CORRECTED),
    WITHDRAWN("撤诉", CaseOutcome.OTHER),
    MEDIATED("调解", CaseOutcome.OTHER),
    OTHER("其他", CaseOutcome.UPHELD, CaseOutcome.CORRECTED, CaseOutcome.OTHER);

    private final String chineseName;
    private final Set<CaseOutcome> outcomes;

    OutcomeDetail(String chineseName, CaseOutcome... outcomes) {
        this.chineseName = chineseName;
        this.outcomes = Set.of(outcomes);
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean fits(CaseOutcome outcome) {
        return outcomes.contains(outcome);
    }
}
