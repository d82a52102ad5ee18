package ruleoflaw.ledger.contracts.disclosure;

/** An application received; its clock runs from now. */
public record DisclosureApplicationRecorded(String applicationId, DisclosureApplicationFile file) implements DisclosureApplicationEvent {
}
