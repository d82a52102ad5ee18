package ruleoflaw.ledger.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backing servers of the one-command local run: PostgreSQL (event store) and a
 * MongoDB-protocol server (read models), both on loopback, their files under the data directory.
 * On the first start it generates the passwords of both and writes the connection settings the
 * services import to {@code <data>/dev-stack.properties} (readable by the owner only).
 */
public final class DevStack {

    static {
        // its own logging setup, so that nothing depending on this jar inherits it
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev-stack-logback.xml");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    static final String PASSWORD_KEY = "spring.datasource.password";
    static final String USERNAME_KEY = "spring.datasource.username";
    /** PostgreSQL's administrator password: dev-stack's own (the services connect as their own role). */
    static final String ADMIN_PASSWORD_KEY = "ledger.dev-stack.postgres-admin-password";
    /** The MongoDB-protocol server's generated password (also in the connection string), kept for the next start. */
    static final String MONGO_PASSWORD_KEY = "ledger.dev-stack.mongodb-password";

    public static void main(String[] args) throws Exception {
        Path data = Path.of(env("LEDGER_DATA_DIR", "data")).toAbsolutePath();
        if (args.length > 0 && args[0].equals("drill")) {
            String drill = String.join(" ", Arrays.copyOfRange(args, 1, args.length));
            String answer = Drills.request(data.resolve("run"), drill, Drills.patience(drill));
            System.out.println("suite: drill: " + answer);
            System.exit(answer.startsWith("ok") ? 0 : 1);
        }
        int postgresPort = Integer.parseInt(env("LEDGER_POSTGRES_PORT", "54321"));
        int mongoPort = Integer.parseInt(env("LEDGER_MONGO_PORT", "27018"));
        requireFree(postgresPort, "PostgreSQL", "LEDGER_POSTGRES_PORT");
        requireFree(mongoPort, "MongoDB protocol", "LEDGER_MONGO_PORT");

        Path settings = data.resolve("dev-stack.properties");
        // before the services had a role of their own, they connected as the administrator with PASSWORD_KEY
        boolean servicesWereAdmin = EmbeddedPostgresServer.ADMIN_USER.equals(existingSetting(settings, USERNAME_KEY));
        String adminPassword = existingSetting(settings, servicesWereAdmin ? PASSWORD_KEY : ADMIN_PASSWORD_KEY);
        if (adminPassword == null) {
            adminPassword = newPassword();
        }
        String password = servicesWereAdmin ? null : existingSetting(settings, PASSWORD_KEY);
        if (password == null) {
            password = newPassword();
        }
        String mongoPassword = existingSetting(settings, MONGO_PASSWORD_KEY);
        if (mongoPassword == null) {
            mongoPassword = newPassword();
        }
        String mongoPasswordOfThisRun = mongoPassword;
        Path postgresFiles = data.resolve("postgres");
        Path mongoFile = data.resolve("mongo").resolve("ledger.mv");
        String postgresAdminPassword = adminPassword;
        String postgresPassword = password;
        AtomicReference<EmbeddedPostgresServer> postgres = new AtomicReference<>(
                EmbeddedPostgresServer.startPersistent(postgresFiles, postgresPort, adminPassword, password));
        AtomicReference<EmbeddedMongoServer> mongo = new AtomicReference<>(
                EmbeddedMongoServer.startPersistent(mongoFile, mongoPort, mongoPassword));
        writeSettings(settings, postgres.get(), adminPassword, mongo.get(), mongoPassword);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("dev-stack stopping");
            Optional.ofNullable(mongo.get()).ifPresent(EmbeddedMongoServer::close);
            try {
                if (postgres.get() != null) {
                    postgres.get().close();
                }
            } catch (IOException e) {
                log.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
            stopped.countDown();
        }, "dev-stack-shutdown"));
        Drills.watch(data.resolve("run"), new Drills.Servers() {
            @Override
            public void stopPostgres() throws IOException {
                postgres.getAndSet(null).close();
            }

            @Override
            public void startPostgres() throws IOException {
                postgres.set(EmbeddedPostgresServer.startPersistent(postgresFiles, postgresPort, postgresAdminPassword,
                        postgresPassword));
            }

            @Override
            public void restartMongo() throws IOException {
                mongo.getAndSet(null).close();
                mongo.set(EmbeddedMongoServer.startPersistent(mongoFile, mongoPort, mongoPasswordOfThisRun));
            }
        });

        log.info("dev-stack ready: PostgreSQL on 127.0.0.1:{} (database {}), MongoDB protocol on 127.0.0.1:{}; "
                + "connection settings and the generated password are in {}", postgresPort,
                EmbeddedPostgresServer.DATABASE, mongoPort, settings);
        stopped.await();
    }

    private static void requireFree(int port, String what, String variable) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            log.error("Port {} for {} is already taken by another process. Stop that process "
                    + "(is the suite already running? try `bin/suite status`) or choose another port with {}.",
                    port, what, variable);
            System.exit(2);
        }
    }

    static String existingSetting(Path settings, String key) throws IOException {
        if (!Files.exists(settings)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.getProperty(key);
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void writeSettings(Path settings, EmbeddedPostgresServer postgres, String postgresAdminPassword,
            EmbeddedMongoServer mongo, String mongoPassword) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("spring.datasource.url", postgres.jdbcUrl());
        properties.setProperty(USERNAME_KEY, postgres.username());
        properties.setProperty(PASSWORD_KEY, postgres.password());
        properties.setProperty(ADMIN_PASSWORD_KEY, postgresAdminPassword);
        properties.setProperty("spring.data.mongodb.uri", mongo.connectionString("ledger"));
        properties.setProperty(MONGO_PASSWORD_KEY, mongoPassword);
        Files.createDirectories(settings.getParent());
        Path temporary = settings.resolveSibling(settings.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Generated by dev-stack on its first start. Local development only; keep private.");
        }
        Files.move(temporary, settings, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
