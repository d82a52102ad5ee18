package ruleoflaw.ledger.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries zonky ships in Maven jars.
 * The persistent flavour keeps its files in a directory and requires a password over TCP;
 * the ephemeral flavour (tests) lives in a temporary directory on a free port.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "ledger";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts on {@code port} with its files in {@code dataDirectory}; on the very first start, sets {@code password}. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port, String password) throws IOException {
        boolean firstStart = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setConnectConfig("password", password)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
        if (firstStart) {
            server.requirePassword(dataDirectory);
        }
        server.createLedgerDatabase();
        return server;
    }

    /** Starts a throw-away server on a free port, for tests. */
    public static EmbeddedPostgresServer startEphemeral() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, "");
        server.createLedgerDatabase();
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** initdb trusts every local connection; from the first start on, TCP logins need the generated password. */
    private void requirePassword(Path dataDirectory) {
        execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # written by dev-stack: password required for every connection
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf in " + dataDirectory, e);
        }
        execute("SELECT pg_reload_conf()");
    }

    private void createLedgerDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql.replaceAll("PASSWORD '.*'", "PASSWORD '***'"), e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
