package ruleoflaw.ledger.bench.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/**
 * Writes N realistic events straight into the event store: ten years (2015–2024), in each year copies of every
 * aggregate of the seeded ledger (global_index up to head.seed), all its events in order ({@link CopyPlan}), in
 * batches of 5,000, one transaction each, with contiguous global indexes; with {@code --departments N} the records
 * spread over N departments ({@link DepartmentSpread}). One thread copies, another writes.
 */
public final class Generator {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2024;
    static final int BATCH = 5_000;
    private static final DateTimeFormatter AXON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final List<CopiedEvent> END = List.of();

    private final Suite suite;
    private final Results results;

    public Generator(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    /** N events of one department, the installation's default: the bench of before departments. */
    public void run(long events) throws Exception {
        run(events, DepartmentSpread.NONE);
    }

    /** N events, the records spread over the departments as {@link DepartmentSpread} says. */
    public void run(long events, DepartmentSpread departments) throws Exception {
        long seedHead = (long) results.number("head.seed");
        if (Double.isNaN(results.number("head.seed"))) {
            throw new IllegalStateException("no head.seed in results.json: seed the ledger first");
        }
        Map<String, List<TemplateEvent>> templates = templates(seedHead);
        EventCopier copier = new EventCopier(Results.json(), templates.keySet());
        CopyPlan plan = new CopyPlan(templates, copier, departments, events);
        long perRound = plan.templateEvents();
        int rounds = plan.rounds();
        System.out.printf("bench: generating %d events from %d template events in %d aggregates: %d copies of each "
                + "a year, %d–%d%n", events, perRound, templates.size(), rounds, FIRST_YEAR, LAST_YEAR);
        if (departments.spread()) {
            System.out.printf("bench: spread over %d departments (%s–%s), one department per copy round of a year%n",
                    departments.count(), departments.code(0), departments.code(departments.count() - 1));
            if (rounds < departments.count()) {
                System.err.printf("bench: warning: %d copies a year for %d departments: a department has records in "
                        + "some years only (--events %d or more gives each one every year)%n", rounds,
                        departments.count(), perRound * CopyPlan.years() * departments.count());
            }
        }

        results.put("head.preGenerate", suite.eventStoreHead());
        BlockingQueue<List<CopiedEvent>> batches = new ArrayBlockingQueue<>(4);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long started = System.nanoTime();
        Thread producer = new Thread(() -> {
            try {
                Timeline timeline = new Timeline(Instant.now());
                Batches into = new Batches(batches);
                plan.copy(timeline, into);
                into.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                try {
                    batches.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "copier");
        producer.setDaemon(true);
        producer.start();

        long written = write(batches, events);
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        results.put("generate.events", written);
        results.put("generate.templateEvents", perRound);
        results.put("generate.templateAggregates", (long) templates.size());
        results.put("generate.copiesPerYear", (long) rounds);
        results.put("generate.departments", (long) departments.count());
        results.put("generate.seconds", seconds);
        results.put("generate.eventsPerS", written / seconds);
        results.put("head.generated", suite.eventStoreHead());
        System.out.printf("bench: generated %d events in %.1f s (%.0f events/s)%n", written, seconds, written / seconds);
    }

    /** Gathers copies into batches of about {@link #BATCH} events for the writer. */
    private static final class Batches implements CopyPlan.Sink {
        private final BlockingQueue<List<CopiedEvent>> queue;
        private List<CopiedEvent> batch = new ArrayList<>(BATCH + 64);

        Batches(BlockingQueue<List<CopiedEvent>> queue) {
            this.queue = queue;
        }

        @Override
        public void accept(List<CopiedEvent> copies) throws InterruptedException {
            batch.addAll(copies);
            if (batch.size() >= BATCH) {
                queue.put(batch);
                batch = new ArrayList<>(BATCH + 64);
            }
        }

        void flush() throws InterruptedException {
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
        }
    }

    private Map<String, List<TemplateEvent>> templates(long seedHead) throws SQLException {
        Map<String, List<TemplateEvent>> templates = new LinkedHashMap<>();
        try (Connection connection = suite.connect(); PreparedStatement query = connection.prepareStatement(
                "select aggregate_identifier, sequence_number, type, payload_type, payload_revision, payload, meta_data "
                        + "from domain_event_entry where global_index <= ? order by global_index")) {
            query.setLong(1, seedHead);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byte[] meta = rows.getBytes(7);
                    templates.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new TemplateEvent(
                            rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            new String(rows.getBytes(6), StandardCharsets.UTF_8),
                            meta == null ? null : new String(meta, StandardCharsets.UTF_8)));
                }
            }
        }
        templates.values().forEach(events -> events.sort(Comparator.comparingLong(TemplateEvent::sequence)));
        return templates;
    }

    private long write(BlockingQueue<List<CopiedEvent>> batches, long events) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", suite.database().getProperty("spring.datasource.username"));
        properties.setProperty("password", suite.database().getProperty("spring.datasource.password"));
        properties.setProperty("reWriteBatchedInserts", "true");
        long written = 0;
        long reported = System.nanoTime();
        try (Connection connection = java.sql.DriverManager.getConnection(
                suite.database().getProperty("spring.datasource.url"), properties);
                PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry (global_index, "
                        + "aggregate_identifier, sequence_number, type, event_identifier, payload_type, payload_revision, "
                        + "payload, meta_data, time_stamp) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement indexes = connection.prepareStatement(
                        "select nextval('domain_event_entry_seq') from generate_series(1, ?)")) {
            connection.setAutoCommit(false);
            for (List<CopiedEvent> batch = batches.take(); batch != END; batch = batches.take()) {
                indexes.setInt(1, batch.size());
                long[] globalIndexes = new long[batch.size()];
                try (ResultSet rows = indexes.executeQuery()) {
                    for (int i = 0; rows.next(); i++) {
                        globalIndexes[i] = rows.getLong(1);
                    }
                }
                for (int i = 0; i < batch.size(); i++) {
                    CopiedEvent event = batch.get(i);
                    insert.setLong(1, globalIndexes[i]);
                    insert.setString(2, event.aggregateId());
                    insert.setLong(3, event.sequence());
                    insert.setString(4, event.aggregateType());
                    insert.setString(5, event.eventId());
                    insert.setString(6, event.payloadType());
                    insert.setString(7, event.payloadRevision());
                    insert.setBytes(8, event.payload());
                    insert.setBytes(9, event.metaData());
                    insert.setString(10, AXON_TIME.format(event.timeStamp()));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                written += batch.size();
                if (System.nanoTime() - reported > 5_000_000_000L) {
                    reported = System.nanoTime();
                    System.out.printf("bench: generated %d / %d events%n", written, events);
                }
            }
        }
        return written;
    }
}
