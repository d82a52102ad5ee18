package ruleoflaw.ledger.reporting;

import ruleoflaw.ledger.platform.testing.ServiceBasicsContract;

class ReportingServiceBasicsTest extends ServiceBasicsContract {
}
