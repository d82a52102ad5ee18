package ruleoflaw.ledger.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture's rules, checked on one module's main classes: it depends on {@code contracts} and {@code platform},
 * never on another service or the gateway, and its feature packages have no cycles. Extend it once per module.
 */
public abstract class ArchitectureContract {

    /** Every module's root package but {@code contracts} and {@code platform}. */
    protected static final List<String> MODULES = List.of("study", "litigation", "outreach", "disclosure", "reporting",
            "gateway", "devstack", "bench");

    /** The module's root package, e.g. {@code ruleoflaw.ledger.study}. */
    protected abstract String rootPackage();

    protected JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage());
    }

    @Test
    void dependsOnNoOtherServiceNorTheGateway() {
        String[] others = MODULES.stream().map(module -> "ruleoflaw.ledger." + module)
                .filter(root -> !root.equals(rootPackage())).map(root -> root + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("a service depends on contracts and platform only")
                .check(classes());
    }

    @Test
    void itsFeaturePackagesHaveNoCycles() {
        slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles().check(classes());
    }

    /** The packages of every context's published language but those given. */
    protected static String[] contextContractsBut(String... kept) {
        return Stream.of("study", "litigation", "outreach", "disclosure")
                .filter(context -> !List.of(kept).contains(context))
                .map(context -> "ruleoflaw.ledger.contracts." + context + "..").toArray(String[]::new);
    }
}
