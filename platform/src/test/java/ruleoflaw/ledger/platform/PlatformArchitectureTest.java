package ruleoflaw.ledger.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.platform.testing.ArchitectureContract;

class PlatformArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "ruleoflaw.ledger.platform";
    }

    /** What every service shares knows no context: a context's rules and event shapes live with the context. */
    @Test
    void knowsNoContext() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(contextContractsBut())
                .because("platform serves every context alike").check(classes());
    }
}
