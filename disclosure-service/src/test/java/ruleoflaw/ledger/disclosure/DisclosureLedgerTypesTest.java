package ruleoflaw.ledger.disclosure;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines disclosure-service takes are those docs/ledger-format.md publishes for it, and each is served. */
class DisclosureLedgerTypesTest extends LedgerTypesContract {
}
