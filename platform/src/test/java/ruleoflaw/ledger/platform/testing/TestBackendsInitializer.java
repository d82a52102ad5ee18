package ruleoflaw.ledger.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at the JVM's shared embedded backends, and makes it trust {@link TestGateway}. */
public class TestBackendsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var postgres = TestBackends.postgres();
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.jdbcUrl(),
                "spring.datasource.username=" + postgres.username(),
                "spring.datasource.password=" + postgres.password(),
                "spring.data.mongodb.uri=" + TestBackends.mongo().connectionString("ledger-test"),
                "ledger.security.gateway-public-key=file:" + TestGateway.publicKeyFile())
                .applyTo(context);
    }
}
