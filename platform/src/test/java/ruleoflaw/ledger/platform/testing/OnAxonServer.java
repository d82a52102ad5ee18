package ruleoflaw.ledger.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Runs a {@link LedgerServiceTest} under the {@code axonserver} profile against a real Axon Server in a container
 * (one per test JVM), its PostgreSQL and MongoDB still the JVM's shared embedded ones; skipped where no Docker
 * engine runs. Closed after the class, so its deadline scheduler leaves the shared tables to the other tests.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@ActiveProfiles("axonserver")
@ContextConfiguration(initializers = AxonServerTestInitializer.class)
@DirtiesContext
public @interface OnAxonServer {
}
