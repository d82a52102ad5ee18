package ruleoflaw.ledger.contracts.record;

/**
 * A record taken back, with the reason: it no longer counts, but it stays in history.
 *
 * @param recordType as in {@link RecordDetails#recordType()}
 */
public record RecordWithdrawn(String recordId, String recordType, String reason) {
}
