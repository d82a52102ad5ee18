package ruleoflaw.ledger.bench.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/**
 * The append baseline: C JDBC connections insert rows as big as the direct run's events into a scratch copy of
 * domain_event_entry, one autocommitted row per insert (as one record per request), for a 5 s warm-up and S s.
 */
public final class RawInserts {

    private final Suite suite;
    private final Results results;

    public RawInserts(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    public void run(int clients, int seconds) throws Exception {
        long from = (long) results.number("load.direct.headBefore");
        long to = (long) results.number("load.direct.headAfter");
        int payloadSize;
        int metaSize;
        try (Connection connection = suite.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet sizes = statement.executeQuery("select coalesce(avg(length(payload)), 400), "
                    + "coalesce(avg(length(meta_data)), 200), count(*) from domain_event_entry "
                    + "where global_index > " + from + " and global_index <= " + to)) {
                sizes.next();
                payloadSize = (int) Math.round(sizes.getDouble(1));
                metaSize = (int) Math.round(sizes.getDouble(2));
                results.put("raw.insert.sampleEvents", sizes.getLong(3));
            }
            statement.execute("drop table if exists bench_raw_event");
            statement.execute("drop sequence if exists bench_raw_event_seq");
            statement.execute("create table bench_raw_event (like domain_event_entry including all)");
            statement.execute("create sequence bench_raw_event_seq");
        }
        byte[] payload = filler(payloadSize, '{');
        byte[] meta = filler(metaSize, '[');
        long measureFrom = System.nanoTime() + Duration.ofSeconds(LoadRun.WARM_UP_SECONDS).toNanos();
        long measureUntil = measureFrom + Duration.ofSeconds(seconds).toNanos();
        long[] counts = new long[clients];
        List<Thread> threads = new ArrayList<>();
        List<Exception> errors = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                try (Connection connection = suite.connect(); PreparedStatement insert = connection.prepareStatement(
                        "insert into bench_raw_event (global_index, aggregate_identifier, sequence_number, type, "
                                + "event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp) "
                                + "values (nextval('bench_raw_event_seq'), ?, 0, 'StudySession', ?, "
                                + "'ruleoflaw.ledger.bench.RawEvent', '2', ?, ?, ?)")) {
                    connection.setAutoCommit(true);
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= measureUntil) {
                            return;
                        }
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, UUID.randomUUID().toString());
                        insert.setBytes(3, payload);
                        insert.setBytes(4, meta);
                        insert.setString(5, Instant.now().toString());
                        insert.executeUpdate();
                        if (now >= measureFrom) {
                            counts[client]++;
                        }
                    }
                } catch (SQLException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            }, "raw-insert-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try (Connection connection = suite.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_raw_event");
            statement.execute("drop sequence if exists bench_raw_event_seq");
        }
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        long total = Arrays.stream(counts).sum();
        results.put("raw.insert.clients", (long) clients);
        results.put("raw.insert.payloadBytes", (long) payloadSize);
        results.put("raw.insert.metaDataBytes", (long) metaSize);
        results.put("raw.insert.rows", total);
        results.put("raw.insert.rowsPerS", total / (double) seconds);
        System.out.printf("bench: raw JDBC inserts, %d connections x %d s, rows of %d + %d bytes: %.1f rows/s%n",
                clients, seconds, payloadSize, metaSize, total / (double) seconds);
    }

    private static byte[] filler(int size, char first) {
        byte[] bytes = "x".repeat(Math.max(1, size)).getBytes(StandardCharsets.US_ASCII);
        bytes[0] = (byte) first;
        return bytes;
    }
}
