package ruleoflaw.ledger.outreach;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines outreach-service takes are those docs/ledger-format.md publishes for it, and each is served. */
class OutreachLedgerTypesTest extends LedgerTypesContract {
}
