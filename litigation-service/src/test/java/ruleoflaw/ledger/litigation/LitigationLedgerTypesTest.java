package ruleoflaw.ledger.litigation;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines litigation-service takes are those docs/ledger-format.md publishes for it, and each is served. */
class LitigationLedgerTypesTest extends LedgerTypesContract {
}
