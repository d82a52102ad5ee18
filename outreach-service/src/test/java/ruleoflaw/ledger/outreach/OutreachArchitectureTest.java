package ruleoflaw.ledger.outreach;

import ruleoflaw.ledger.platform.testing.ArchitectureContract;

class OutreachArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "ruleoflaw.ledger.outreach";
    }
}
