package ruleoflaw.ledger.platform.web;

/** The answer to a successful POST of a record: the id under which it is recorded. */
public record Recorded(String id) {
}
