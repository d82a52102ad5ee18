package ruleoflaw.ledger.gateway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;

/** The test JVM's real PostgreSQL; each test gets a database of its own on it. */
public final class TestPostgres {

    private static final AtomicInteger databases = new AtomicInteger();

    private TestPostgres() {
    }

    public static EmbeddedPostgresServer server() {
        return EmbeddedPostgresServer.sharedEphemeral();
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
