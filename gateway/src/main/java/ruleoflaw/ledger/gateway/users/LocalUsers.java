package ruleoflaw.ledger.gateway.users;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The users of the local mode (HTTP Basic), created with one user per role on the first start, in the store that
 * {@code ledger.gateway.users-store} names: {@code file} (the default, {@code ledger.gateway.users-file}) or
 * {@code postgres} (the database of {@code spring.datasource.*}, which the gateway opens only then). With an
 * identity provider ({@code ledger.gateway.auth-mode=jwt}) there are none, and no users API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(LocalUsers.LOCAL_MODE)
public class LocalUsers {

    /** Not the identity provider's mode: the same test as the security configuration's. */
    static final String LOCAL_MODE = "!'${ledger.gateway.auth-mode:local}'.equalsIgnoreCase('jwt')";
    static final String STORE = "ledger.gateway.users-store";

    private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);

    LocalUsers(@Value("${" + STORE + ":file}") String store) {
        if (!store.equalsIgnoreCase("file") && !store.equalsIgnoreCase("postgres")) {
            throw new IllegalStateException(STORE + " (LEDGER_USERS_STORE) is '" + store
                    + "': it must be file (the users file of one gateway) or postgres (a table that every gateway "
                    + "shares, in the database of spring.datasource.*)");
        }
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "file", matchIfMissing = true)
    UsersFile usersFile(@Value("${ledger.gateway.users-file}") Path file) {
        return ready(new UsersFile(file));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = STORE, havingValue = "postgres")
    static class InPostgres {

        @Bean
        @ConfigurationProperties("spring.datasource")
        DataSourceProperties usersDatabase() {
            return new DataSourceProperties();
        }

        @Bean
        HikariDataSource usersConnections(DataSourceProperties database) {
            HikariDataSource connections = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
            connections.setPoolName("gateway-users");
            // a read every few seconds and an admin's change now and then
            connections.setMaximumPoolSize(2);
            return connections;
        }

        @Bean
        UsersTable usersTable(HikariDataSource connections, DataSourceProperties database,
                @Value("${ledger.gateway.users-file}") Path file,
                @Value("${ledger.gateway.users-refresh:2s}") Duration refresh) {
            // the address without its parameters, which may hold a password
            String url = database.determineUrl().split("\\?")[0];
            return ready(new UsersTable(connections, url, file.resolveSibling("initial-passwords.txt"), refresh));
        }
    }

    private static <T extends UsersStore> T ready(T users) {
        if (users.createIfMissing()) {
            log.warn("First start: created one user per role in {}; their passwords are in {} (shown once by "
                    + "bin/suite up; store them and delete the file)", users.whereabouts(), users.initialPasswords());
        }
        return users;
    }
}
