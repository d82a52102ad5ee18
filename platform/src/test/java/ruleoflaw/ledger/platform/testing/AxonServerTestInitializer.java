package ruleoflaw.ledger.platform.testing;

import org.axonframework.test.server.AxonServerContainer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at the JVM's Axon Server container (the image docker-compose.yml runs), started on first use. */
public class AxonServerTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static AxonServerContainer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("axon.axonserver.servers=" + address()).applyTo(context);
    }

    private static synchronized String address() {
        if (server == null) {
            server = new AxonServerContainer("axoniq/axonserver:2024.2.3").withDevMode(true);
            server.start();
        }
        return server.getAxonServerAddress();
    }
}
