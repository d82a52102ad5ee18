package ruleoflaw.ledger.disclosure;

import ruleoflaw.ledger.platform.testing.ServiceBasicsContract;

class DisclosureServiceBasicsTest extends ServiceBasicsContract {
}
