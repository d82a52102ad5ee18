package ruleoflaw.ledger.study;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines study-service takes are those docs/ledger-format.md publishes for it, and each is served. */
class StudyLedgerTypesTest extends LedgerTypesContract {
}
