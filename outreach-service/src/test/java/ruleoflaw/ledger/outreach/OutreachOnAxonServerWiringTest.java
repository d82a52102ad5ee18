package ruleoflaw.ledger.outreach;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class OutreachOnAxonServerWiringTest extends AxonServerWiringContract {
}
