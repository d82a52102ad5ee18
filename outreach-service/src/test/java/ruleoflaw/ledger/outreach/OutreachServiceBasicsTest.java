package ruleoflaw.ledger.outreach;

import ruleoflaw.ledger.platform.testing.ServiceBasicsContract;

class OutreachServiceBasicsTest extends ServiceBasicsContract {
}
