package ruleoflaw.ledger.gateway.users;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local mode's users in a table of the database the services use ({@value #TABLE}, in a schema of the gateway's
 * own), shared by every gateway of an installation. Each gateway keeps the users as last read and reads them again every {@code refresh}: checking a
 * request's user costs no query (and goes on while the database is briefly away), and a change made through another
 * gateway (a user added or removed, a password reset, other roles) holds here within {@code refresh}. Changes are
 * made one at a time across all gateways, under a transaction-scoped advisory lock, which also lets only one of
 * several gateways starting together create the table and the first users.
 */
public class UsersTable extends UsersStore implements AutoCloseable {

    static final String TABLE = "gateway.users";

    private static final Logger log = LoggerFactory.getLogger(UsersTable.class);
    private static final String ONE_AT_A_TIME = "select pg_advisory_xact_lock(hashtext('ledger gateway users'))";
    /**
     * A schema of the gateway's own: the services' schema stays theirs, so that their migrations, which baseline a
     * schema that is not empty but has no history yet, never take a database where a gateway started first for one
     * they had migrated.
     */
    private static final String CREATE = """
            create schema if not exists gateway;
            create table if not exists gateway.users (
                name text primary key,
                password text not null,
                roles text[] not null,
                contexts text[] not null,
                departments text[] not null,
                position bigint generated always as identity
            )""";
    private static final String READ = "select name, password, roles, contexts, departments from gateway.users "
            + "order by position";
    private static final String SAVE = """
            insert into gateway.users (name, password, roles, contexts, departments) values (?, ?, ?, ?, ?)
            on conflict (name) do update set password = excluded.password, roles = excluded.roles,
                contexts = excluded.contexts, departments = excluded.departments""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String whereabouts;
    private final Path initialPasswords;
    private final Duration refresh;
    private final ScheduledExecutorService refreshing = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "users-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final Object reading = new Object();
    /** Changes made through this gateway: a reading begun before one of them is not kept (it may miss it). */
    private long changes;
    private volatile Map<String, LedgerUser> users = Map.of();
    private volatile boolean started;
    private volatile boolean unreadable;

    /**
     * @param whereabouts the database, for the log (no password)
     * @param initialPasswords where the first start writes the first users' passwords
     * @param refresh how often the users are read again
     */
    public UsersTable(DataSource dataSource, String whereabouts, Path initialPasswords, Duration refresh) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.whereabouts = whereabouts;
        this.initialPasswords = initialPasswords.toAbsolutePath();
        this.refresh = refresh;
    }

    @Override
    public String whereabouts() {
        return "the table " + TABLE + " of " + whereabouts;
    }

    @Override
    public Path initialPasswords() {
        return initialPasswords;
    }

    /** Also creates the table if missing, reads the users, and starts reading them again every {@code refresh}. */
    @Override
    public boolean createIfMissing() {
        boolean created = Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.execute(ONE_AT_A_TIME);
            jdbc.execute(CREATE);
            Integer count = jdbc.queryForObject("select count(*) from " + TABLE, Integer.class);
            if (count != null && count > 0) {
                return false;
            }
            FirstUsers first = firstUsers();
            writeOwnerOnly(initialPasswords, first.passwords());
            first.users().values().forEach(this::save);
            return true;
        }));
        readAgain();
        synchronized (this) {
            if (!started) {
                started = true;
                long every = refresh.toMillis();
                refreshing.scheduleWithFixedDelay(this::readAgain, every, every, TimeUnit.MILLISECONDS);
            }
        }
        return created;
    }

    @Override
    protected Map<String, LedgerUser> current() {
        return users;
    }

    @Override
    protected void update(Consumer<Map<String, LedgerUser>> change) {
        Map<String, LedgerUser> after = transactions.execute(status -> {
            jdbc.execute(ONE_AT_A_TIME);
            Map<String, LedgerUser> before = readAll();
            Map<String, LedgerUser> next = new LinkedHashMap<>(before);
            change.accept(next);
            before.keySet().stream().filter(name -> !next.containsKey(name))
                    .forEach(name -> jdbc.update("delete from " + TABLE + " where name = ?", name));
            next.values().stream().filter(user -> !user.equals(before.get(user.name()))).forEach(this::save);
            return next;
        });
        // as committed, with no other change in between (the lock): this gateway sees it at once
        synchronized (reading) {
            changes++;
            users = Collections.unmodifiableMap(after);
        }
    }

    /** Reads the users again; while the database cannot be read, the users as last read stay (said once in the log). */
    void readAgain() {
        long seen;
        synchronized (reading) {
            seen = changes;
        }
        try {
            Map<String, LedgerUser> read = Collections.unmodifiableMap(readAll());
            synchronized (reading) {
                if (changes == seen) {
                    users = read;
                }
            }
            if (unreadable) {
                unreadable = false;
                log.info("The users in {} can be read again", whereabouts());
            }
        } catch (RuntimeException e) {
            if (!unreadable) {
                unreadable = true;
                log.warn("Cannot read the users in {} ({}); signing in goes on with the {} users as last read, and "
                        + "the users API fails until the database answers again", whereabouts(), e.getMessage(),
                        users.size());
            }
        }
    }

    private Map<String, LedgerUser> readAll() {
        Map<String, LedgerUser> read = new LinkedHashMap<>();
        jdbc.query(READ, (RowCallbackHandler) rows -> {
            read.put(rows.getString("name"), new LedgerUser(rows.getString("name"), rows.getString("password"),
                    texts(rows, "roles"), texts(rows, "contexts"), texts(rows, "departments")));
        });
        return read;
    }

    private static List<String> texts(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private void save(LedgerUser user) {
        jdbc.update(SAVE, statement -> {
            statement.setString(1, user.name());
            statement.setString(2, user.password());
            statement.setArray(3, statement.getConnection().createArrayOf("text", user.roles().toArray()));
            statement.setArray(4, statement.getConnection().createArrayOf("text", user.contexts().toArray()));
            statement.setArray(5, statement.getConnection().createArrayOf("text", user.departments().toArray()));
        });
    }

    @Override
    public void close() {
        refreshing.shutdownNow();
    }
}
