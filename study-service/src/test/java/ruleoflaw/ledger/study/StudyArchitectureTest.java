package ruleoflaw.ledger.study;

import ruleoflaw.ledger.platform.testing.ArchitectureContract;

class StudyArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "ruleoflaw.ledger.study";
    }
}
