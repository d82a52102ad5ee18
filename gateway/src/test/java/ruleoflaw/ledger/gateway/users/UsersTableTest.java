package ruleoflaw.ledger.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;
import ruleoflaw.ledger.gateway.TestPostgres;

/** Two gateways' users, each a {@link UsersTable} of its own, over one real PostgreSQL database. */
class UsersTableTest {

    private static final Duration REFRESH = Duration.ofMillis(200);

    private final DriverManagerDataSource database = database();
    private final List<UsersTable> opened = new ArrayList<>();
    private final ExecutorService together = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        opened.forEach(UsersTable::close);
        together.shutdownNow();
    }

    @Test
    void twoGatewaysStartingTogetherCreateTheFirstUsersOnce() throws Exception {
        UsersTable one = gateway();
        UsersTable other = gateway();

        List<Boolean> created = both(one::createIfMissing, other::createIfMissing);

        assertThat(created).containsExactlyInAnyOrder(true, false);
        assertThat(new JdbcTemplate(database).queryForObject("select count(*) from gateway.users", Integer.class))
                .isEqualTo(6);
        // the services' schema stays empty: their first migration is not taken for done
        assertThat(new JdbcTemplate(database).queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public'", Integer.class)).isZero();
        UsersTable creator = created.get(0) ? one : other;
        UsersTable latecomer = created.get(0) ? other : one;
        assertThat(Files.exists(latecomer.initialPasswords())).isFalse();
        assertThat(Files.getPosixFilePermissions(creator.initialPasswords())).hasSize(2);
        // the passwords written down are the ones both gateways check
        String admin = password(creator.initialPasswords(), "admin");
        assertThat(latecomer.find("admin")).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactly("admin");
            assertThat(user.password()).startsWith("{bcrypt}").doesNotContain(admin);
            assertThat(latecomer.matches(user, admin)).isTrue();
        });
        assertThat(latecomer.all()).extracting(LedgerUser::name)
                .containsExactly("recorder", "editor", "approver", "auditor", "admin", "supervisor");
        assertThat(gateway().createIfMissing()).as("a restart").isFalse();
    }

    @Test
    void whatOneGatewayChangesHoldsAtTheOtherWithinSeconds() {
        UsersTable one = started();
        UsersTable other = started();

        String first = one.add("区司法局-张三", List.of("recorder"), List.of("litigation"), List.of("sfj"));
        await().atMost(Duration.ofSeconds(5)).until(() -> other.find("区司法局-张三").isPresent());
        LedgerUser seen = other.find("区司法局-张三").orElseThrow();
        assertThat(seen.contexts()).containsExactly("litigation");
        assertThat(seen.departments()).containsExactly("sfj");
        assertThat(other.matches(seen, first)).isTrue();

        String second = other.resetPassword("区司法局-张三");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> one.matches(one.find("区司法局-张三").orElseThrow(), second));
        assertThat(one.matches(one.find("区司法局-张三").orElseThrow(), first)).isFalse();

        other.change("区司法局-张三", List.of("auditor"), List.of(), List.of());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> one.find("区司法局-张三").orElseThrow().roles().equals(List.of("auditor")));

        one.remove("区司法局-张三");
        await().atMost(Duration.ofSeconds(5)).until(() -> other.find("区司法局-张三").isEmpty());
    }

    @Test
    void twoGatewaysRemovingTheTwoAdminsAtOnceLeaveOne() throws Exception {
        UsersTable one = started();
        UsersTable other = started();
        one.add("admin-2", List.of("admin"), List.of(), List.of());

        List<String> outcomes = both(() -> outcome(() -> one.remove("admin")), () -> outcome(() -> other.remove("admin-2")));

        assertThat(outcomes).containsExactlyInAnyOrder("removed", "LAST_ADMIN");
        assertThat(new JdbcTemplate(database).queryForObject(
                "select count(*) from gateway.users where 'admin' = any(roles)", Integer.class)).isEqualTo(1);
    }

    @Test
    void aNameIsTakenOnceAcrossGateways() {
        UsersTable one = started();
        UsersTable other = started();
        one.add("复议专员", List.of("editor"), List.of(), List.of());

        // the other has not read it again yet, but the change is checked against the table
        assertThatThrownBy(() -> other.add("复议专员", List.of("editor"), List.of(), List.of()))
                .isInstanceOfSatisfying(UserRefused.class, refused -> assertThat(refused.why())
                        .isEqualTo(UserRefused.Why.EXISTS));
    }

    private static String outcome(Runnable change) {
        try {
            change.run();
            return "removed";
        } catch (UserRefused refused) {
            return refused.why().name();
        }
    }

    private <T> List<T> both(Callable<T> one, Callable<T> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> first = together.submit(() -> {
            start.await();
            return one.call();
        });
        Future<T> second = together.submit(() -> {
            start.await();
            return other.call();
        });
        return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
    }

    private UsersTable started() {
        UsersTable users = gateway();
        users.createIfMissing();
        return users;
    }

    /** A gateway's users: the shared database, and a data directory of its own. */
    private UsersTable gateway() {
        try {
            Path data = Files.createTempDirectory("gateway-users");
            UsersTable users = new UsersTable(database, "the test database", data.resolve("initial-passwords.txt"),
                    REFRESH);
            opened.add(users);
            return users;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DriverManagerDataSource database() {
        EmbeddedPostgresServer server = TestPostgres.server();
        return new DriverManagerDataSource(TestPostgres.newDatabase(), server.username(), server.password());
    }

    private static String password(Path initialPasswords, String user) throws IOException {
        return Files.readAllLines(initialPasswords).stream().filter(line -> line.startsWith(user + " "))
                .map(line -> line.split(" ")[2]).findFirst().orElseThrow();
    }
}
