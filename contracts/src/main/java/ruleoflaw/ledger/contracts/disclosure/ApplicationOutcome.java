package ruleoflaw.ledger.contracts.disclosure;

/** How an application was answered: the rows 三(一) to 三(六) of table 三 of the disclosure report. */
public enum ApplicationOutcome {
    /** (一) 予以公开 */
    DISCLOSED,
    /** (二) 部分公开 */
    PARTLY_DISCLOSED,
    /** (三) 不予公开 (with one of 8 reasons) */
    NOT_DISCLOSED,
    /** (四) 无法提供 (with one of 3 reasons) */
    CANNOT_PROVIDE,
    /** (五) 不予处理 (with one of 5 reasons) */
    NOT_HANDLED,
    /** (六) 其他处理 (with one of 3 reasons) */
    OTHER_HANDLING;

    /** Whether the outcome is counted in one of its sub-rows, so needs a sub-reason. */
    public boolean hasSubReasons() {
        return this != DISCLOSED && this != PARTLY_DISCLOSED;
    }
}
