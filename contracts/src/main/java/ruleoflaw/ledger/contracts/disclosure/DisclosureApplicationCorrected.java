package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

/** The details as received corrected; the steps so far are kept and the due day follows the receipt date. */
public record DisclosureApplicationCorrected(String applicationId, String reason, DisclosureApplicationFile file)
        implements DisclosureApplicationEvent, RecordCorrected {
}
