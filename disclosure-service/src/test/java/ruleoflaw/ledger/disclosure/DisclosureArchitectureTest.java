package ruleoflaw.ledger.disclosure;

import ruleoflaw.ledger.platform.testing.ArchitectureContract;

class DisclosureArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "ruleoflaw.ledger.disclosure";
    }
}
