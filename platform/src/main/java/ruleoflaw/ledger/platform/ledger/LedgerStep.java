package ruleoflaw.ledger.platform.ledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record resource's {@code POST /{id}/...} handler as a lifecycle step of the ledger format: its line's type is
 * the record type, a dot and {@link #name()}, it is imported to the handler's path and exported from {@link #event()}
 * (the step's body from the service's {@link LedgerLines}). The one place a step is named.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LedgerStep {

    /** The step's name in the ledger format, e.g. {@code platformRegistration}. */
    String name();

    /** The event the step records, from which the export writes its line. */
    Class<?> event();
}
