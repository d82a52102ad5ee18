package ruleoflaw.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;
import ruleoflaw.ledger.platform.testing.TestBackends;

/**
 * The services share one database and one schema history, each with the shared migrations and some with its own
 * (study's V4): with the settings of ledger-defaults.yml, each starts whatever the others applied before it.
 */
class SharedSchemaHistoryTest {

    private static final Properties DEFAULTS = defaults();
    private final String schema = "history_" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void aServiceStartsBesideMigrationsOnlyAnotherServiceKnows() throws SQLException {
        migrate("db/migration/eventstore", "db/migration/test-own"); // like study-service: the shared ones and its V4
        migrate("db/migration/eventstore"); // the others: V4 is not theirs (missing)
        migrate("db/migration/eventstore", "db/migration/test-shared-later"); // a shared V6 of a later release
        migrate("db/migration/eventstore", "db/migration/test-shared-later", "db/migration/test-own",
                "db/migration/test-own-later"); // study again, with a migration of its own older than V6

        // V26_3 (processor instances) is the newest shared one
        assertThat(applied()).containsExactly("1", "2", "3", "4", "5", "26.3", "6", "4.1");
    }

    private void migrate(String... locations) {
        EmbeddedPostgresServer postgres = TestBackends.postgres();
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas(schema).createSchemas(true)
                .locations(locations)
                .ignoreMigrationPatterns(DEFAULTS.getProperty("spring.flyway.ignore-migration-patterns").split(","))
                .outOfOrder(Boolean.parseBoolean(DEFAULTS.getProperty("spring.flyway.out-of-order")))
                .load().migrate();
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        EmbeddedPostgresServer postgres = TestBackends.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** The versions applied, in the order they were. */
    private List<String> applied() throws SQLException {
        EmbeddedPostgresServer postgres = TestBackends.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version from " + schema
                        + ".flyway_schema_history where version is not null order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    private static Properties defaults() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("ledger-defaults.yml"));
        return yaml.getObject();
    }
}
