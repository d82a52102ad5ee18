package ruleoflaw.ledger.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;

/** One real PostgreSQL per test JVM, started on first use; each test gets a database of its own on it. */
public final class TestPostgres {

    private static EmbeddedPostgresServer postgres;
    private static final AtomicInteger databases = new AtomicInteger();

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgresServer.startEphemeral();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    /** A new empty database, as the JDBC URL to it (user and password: the server's). */
    public static String newDatabase() {
        EmbeddedPostgresServer server = server();
        String name = "gateway_test_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + name;
    }
}
