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
 * The persistent flavour keeps its files in a directory and requires a password over TCP; the services connect as
 * {@link #SERVICE_USER}, which owns the ledger database and nothing else (no superuser, no other database, no
 * roles), while {@link #ADMIN_USER} stays dev-stack's own. The ephemeral flavour (tests) lives in a temporary
 * directory on a free port, and everything connects as the administrator.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "ledger";
    public static final String ADMIN_USER = "postgres";
    public static final String SERVICE_USER = "ledger";

    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final String adminPassword;
    private final String username;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String adminPassword, String username, String password) {
        this.postgres = postgres;
        this.adminPassword = adminPassword;
        this.username = username;
        this.password = password;
    }

    /**
     * Starts on {@code port} with its files in {@code dataDirectory}; on the very first start, sets the administrator's
     * password. Every start makes sure the services' role exists with {@code servicePassword} and owns the database
     * and its tables (a database made before the role existed is handed over).
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port, String adminPassword,
            String servicePassword) throws IOException {
        boolean firstStart = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setConnectConfig("password", adminPassword)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, adminPassword, SERVICE_USER, servicePassword);
        if (firstStart) {
            server.requirePassword(dataDirectory);
        }
        server.createLedgerDatabase();
        server.handOverToTheServices();
        return server;
    }

    /** Starts a throw-away server on a free port, for tests. */
    public static EmbeddedPostgresServer startEphemeral() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, "", ADMIN_USER, "");
        server.createLedgerDatabase();
        return server;
    }

    /** This JVM's throw-away server, started on first use: the tests of a JVM share one (a start takes seconds). */
    public static synchronized EmbeddedPostgresServer sharedEphemeral() {
        if (shared == null) {
            try {
                shared = startEphemeral();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return shared;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Who the services connect as. */
    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** initdb trusts every local connection; from the first start on, TCP logins need the generated password. */
    private void requirePassword(Path dataDirectory) {
        execute("ALTER ROLE " + ADMIN_USER + " PASSWORD '" + adminPassword.replace("'", "''") + "'");
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

    /** The services' role: it may log in, and owns the ledger database, its schema and everything in it. */
    private void handOverToTheServices() {
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + SERVICE_USER + "') THEN "
                + "CREATE ROLE " + SERVICE_USER + " LOGIN; END IF; END $$");
        execute("ALTER ROLE " + SERVICE_USER + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                + "PASSWORD '" + password.replace("'", "''") + "'");
        execute("ALTER DATABASE " + DATABASE + " OWNER TO " + SERVICE_USER);
        try (Connection connection = postgres.getDatabase(ADMIN_USER, DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER SCHEMA public OWNER TO " + SERVICE_USER);
            statement.execute("""
                    DO $$ DECLARE r record; BEGIN
                      FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                                 AND pg_get_userbyid(c.relowner) <> '%1$s'
                                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
                      LOOP
                        EXECUTE format('ALTER %%s public.%%I OWNER TO %1$s', CASE r.relkind WHEN 'S' THEN 'SEQUENCE'
                          WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.relname);
                      END LOOP;
                    END $$""".formatted(SERVICE_USER));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hand database " + DATABASE + " over to role " + SERVICE_USER, e);
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
