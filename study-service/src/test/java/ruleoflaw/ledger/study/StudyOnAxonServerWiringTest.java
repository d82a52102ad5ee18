package ruleoflaw.ledger.study;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class StudyOnAxonServerWiringTest extends AxonServerWiringContract {
}
