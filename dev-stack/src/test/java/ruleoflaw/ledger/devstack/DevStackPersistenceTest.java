package ruleoflaw.ledger.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClients;

class DevStackPersistenceTest {

    @TempDir
    Path data;

    @Test
    void postgresKeepsRowsAcrossRestartsAndRequiresTheGeneratedPassword() throws Exception {
        String admin = DevStack.newPassword();
        String password = DevStack.newPassword();
        int port = freePort();
        try (var postgres = EmbeddedPostgresServer.startPersistent(data.resolve("pg"), port, admin, password);
             var connection = DriverManager.getConnection(postgres.jdbcUrl(), "ledger", password)) {
            assertThat(postgres.username()).isEqualTo("ledger");
            connection.createStatement().execute("CREATE TABLE note (text varchar(40))");
            connection.createStatement().execute("INSERT INTO note VALUES ('学习《宪法》')");
        }
        try (var postgres = EmbeddedPostgresServer.startPersistent(data.resolve("pg"), port, admin, password)) {
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), "ledger", password)) {
                var rows = connection.createStatement().executeQuery("SELECT text FROM note");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("学习《宪法》");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), "ledger", "wrong"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), "postgres", password))
                    .as("the services' password is not the administrator's").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theServicesRoleOwnsTheLedgerAndNothingMore() throws Exception {
        String admin = DevStack.newPassword();
        String password = DevStack.newPassword();
        int port = freePort();
        try (var postgres = EmbeddedPostgresServer.startPersistent(data.resolve("pg-role"), port, admin, password);
             var asAdmin = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", admin)) {
            // a table made before the services had a role of their own, as every installation until now
            asAdmin.createStatement().execute("CREATE TABLE made_by_admin (id int)");
        }
        try (var postgres = EmbeddedPostgresServer.startPersistent(data.resolve("pg-role"), port, admin, password);
             var service = DriverManager.getConnection(postgres.jdbcUrl(), "ledger", password)) {
            service.createStatement().execute("ALTER TABLE made_by_admin ADD COLUMN note text");
            service.createStatement().execute("INSERT INTO made_by_admin VALUES (1, '交接')");
            var role = service.createStatement().executeQuery(
                    "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user");
            assertThat(role.next()).isTrue();
            assertThat(List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3))).containsOnly(false);
            assertThatThrownBy(() -> service.createStatement().execute("CREATE DATABASE other"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> service.createStatement().execute("COPY made_by_admin TO PROGRAM 'true'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void mongoKeepsDocumentsAcrossRestarts() throws Exception {
        Path file = data.resolve("mongo").resolve("ledger.mv");
        int port = freePort();
        String password = DevStack.newPassword();
        try (var mongo = EmbeddedMongoServer.startPersistent(file, port, password);
             var client = MongoClients.create(mongo.connectionString("ledger"))) {
            client.getDatabase("ledger").getCollection("c").insertOne(new Document("title", "宪法宣传周"));
        }
        try (var mongo = EmbeddedMongoServer.startPersistent(file, port, password);
             var client = MongoClients.create(mongo.connectionString("ledger"))) {
            assertThat(client.getDatabase("ledger").getCollection("c").find().first())
                    .containsEntry("title", "宪法宣传周");
        }
    }

    @Test
    void mongoAnswersOnlyClientsThatSignIn() throws Exception {
        Path file = data.resolve("mongo-signed").resolve("ledger.mv");
        int port = freePort();
        String password = DevStack.newPassword();
        try (var mongo = EmbeddedMongoServer.startPersistent(file, port, password)) {
            assertThat(mongo.connectionString("ledger")).contains("ledger:").contains("authMechanism=PLAIN");
            try (var anyone = MongoClients.create("mongodb://127.0.0.1:" + port + "/ledger?serverSelectionTimeoutMS=3000")) {
                assertThat(anyone.getDatabase("ledger").runCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
                assertThatThrownBy(() -> anyone.getDatabase("ledger").getCollection("c").find().first())
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("requires authentication");
                assertThatThrownBy(() -> anyone.getDatabase("ledger").getCollection("c").insertOne(new Document("x", 1)))
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("requires authentication");
            }
            String wrong = "mongodb://ledger:not-the-password@127.0.0.1:" + port
                    + "/ledger?authMechanism=PLAIN&authSource=%24external&serverSelectionTimeoutMS=3000";
            try (var intruder = MongoClients.create(wrong)) {
                assertThatThrownBy(() -> intruder.getDatabase("ledger").getCollection("c").find().first())
                        .isInstanceOf(MongoSecurityException.class);
            }
            try (var service = MongoClients.create(mongo.connectionString("ledger"))) {
                service.getDatabase("ledger").getCollection("c").insertOne(new Document("title", "已登录"));
                assertThat(service.getDatabase("ledger").getCollection("c").countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void settingsFileKeepsThePasswordForTheNextStart() throws Exception {
        String password = DevStack.newPassword();
        int port = freePort();
        try (var postgres = EmbeddedPostgresServer.startPersistent(data.resolve("pg"), port, "admin-secret", password);
             var mongo = EmbeddedMongoServer.startInMemory()) {
            DevStack.writeSettings(data.resolve("dev-stack.properties"), postgres, "admin-secret", mongo, "mongo-secret");
        }
        assertThat(DevStack.existingSetting(data.resolve("dev-stack.properties"), DevStack.PASSWORD_KEY)).isEqualTo(password);
        assertThat(DevStack.existingSetting(data.resolve("dev-stack.properties"), DevStack.ADMIN_PASSWORD_KEY))
                .isEqualTo("admin-secret");
        assertThat(DevStack.existingSetting(data.resolve("dev-stack.properties"), DevStack.MONGO_PASSWORD_KEY))
                .isEqualTo("mongo-secret");
        assertThat(java.nio.file.Files.getPosixFilePermissions(data.resolve("dev-stack.properties")))
                .hasSize(2);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
