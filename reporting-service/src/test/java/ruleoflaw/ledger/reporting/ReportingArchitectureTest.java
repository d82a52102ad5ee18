package ruleoflaw.ledger.reporting;

import ruleoflaw.ledger.platform.testing.ArchitectureContract;

/** Reporting reads every context's events through their published language, never a service's code. */
class ReportingArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "ruleoflaw.ledger.reporting";
    }
}
