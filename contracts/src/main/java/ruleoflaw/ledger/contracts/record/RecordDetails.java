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
}
