package ruleoflaw.ledger.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives every service the platform's defaults ({@code ledger-defaults.yml}, and
 * {@code ledger-defaults-axonserver.yml} under the {@code axonserver} profile) at the lowest precedence,
 * and turns off Axon's update checker before any Axon class looks for it: the ledger never calls out.
 */
public class LedgerDefaults implements EnvironmentPostProcessor, Ordered {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    static {
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
    }

    private final YamlPropertySourceLoader loader = new YamlPropertySourceLoader();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        if (environment.matchesProfiles("axonserver")) {
            addLast(environment, "ledger-defaults-axonserver.yml");
        }
        addLast(environment, "ledger-defaults.yml");
    }

    private void addLast(ConfigurableEnvironment environment, String resource) {
        try {
            for (PropertySource<?> source : loader.load(resource, new ClassPathResource(resource))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public int getOrder() {
        // after Boot has read application.yml and the active profiles
        return Ordered.LOWEST_PRECEDENCE;
    }
}
