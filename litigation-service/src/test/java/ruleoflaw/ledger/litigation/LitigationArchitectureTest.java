package ruleoflaw.ledger.litigation;

import ruleoflaw.ledger.platform.testing.ArchitectureContract;

class LitigationArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "ruleoflaw.ledger.litigation";
    }
}
