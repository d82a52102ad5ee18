package ruleoflaw.ledger.study;

import ruleoflaw.ledger.platform.testing.ServiceBasicsContract;

class StudyServiceBasicsTest extends ServiceBasicsContract {
}
