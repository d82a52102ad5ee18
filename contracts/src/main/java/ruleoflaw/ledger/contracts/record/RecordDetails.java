package ruleoflaw.ledger.contracts.record;

import java.time.LocalDate;

/**
 * What one record of the ledger states: the fields of its REST body, the same whether it is recorded
 * first or corrected later. The business date decides the year the record counts in.
 */
public interface RecordDetails {

    /** The record's type, as in the ledger format: {@code study.session}, {@code governance.meeting}, ... */
    String recordType();

    LocalDate businessDate();

    String title();

    /**
     * The record as it is kept, once its type's own rules hold: a rule broken throws {@link InvalidFieldException}
     * naming the field (nothing is recorded); text may come back stripped of surrounding blanks. Checked when a
     * record is stated, first or in a correction. A type without rules of its own keeps this default.
     */
    default RecordDetails checked() {
        return this;
    }
}
