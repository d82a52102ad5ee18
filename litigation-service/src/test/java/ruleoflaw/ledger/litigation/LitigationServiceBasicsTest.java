package ruleoflaw.ledger.litigation;

import ruleoflaw.ledger.platform.testing.ServiceBasicsContract;

class LitigationServiceBasicsTest extends ServiceBasicsContract {
}
