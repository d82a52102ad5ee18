package ruleoflaw.ledger.platform.eventstore;

import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service migrates the one database they share when it starts, and on an empty database several start at
 * once: one may find the schema history another has just created and not yet filled ("Unable to baseline schema
 * history table … it already exists, and is empty"). A failed migration is tried again a few times, by when the
 * other service has finished; a migration that really fails still stops the service.
 */
@Configuration(proxyBeanMethods = false)
public class ConcurrentMigrations {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentMigrations.class);
    private static final int ATTEMPTS = 5;

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy migrateBesideTheOtherServices() {
        return flyway -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    flyway.migrate();
                    return;
                } catch (FlywayException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    log.warn("Migrating the shared database failed, attempt {} of {} (another service may be migrating it "
                            + "at the same moment); trying again: {}", attempt, ATTEMPTS, e.getMessage());
                    try {
                        Thread.sleep(1000L * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        };
    }
}
