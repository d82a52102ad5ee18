package ruleoflaw.ledger.bench.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
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
 * aggregate of the seeded ledger (global_index up to head.seed), all its events in order, in batches of 5,000, one
 * transaction each, with contiguous global indexes. One thread copies, another writes.
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

    public void run(long events) throws Exception {
        long seedHead = (long) results.number("head.seed");
        if (Double.isNaN(results.number("head.seed"))) {
            throw new IllegalStateException("no head.seed in results.json: seed the ledger first");
        }
        Map<String, List<TemplateEvent>> templates = templates(seedHead);
        long perRound = templates.values().stream().mapToLong(List::size).sum();
        int years = LAST_YEAR - FIRST_YEAR + 1;
        int rounds = (int) Math.max(1, (events + perRound * years - 1) / (perRound * years));
        System.out.printf("bench: generating %d events from %d template events in %d aggregates: %d copies of each "
                + "a year, %d–%d%n", events, perRound, templates.size(), rounds, FIRST_YEAR, LAST_YEAR);

        EventCopier copier = new EventCopier(Results.json(), templates.keySet());
        Map<String, LocalDate> firstDates = new LinkedHashMap<>();
        templates.forEach((id, aggregate) -> firstDates.put(id, copier.firstDate(aggregate)));
        // within a year the aggregates come in the order of their business dates, so recording moments can increase
        List<String> byDate = new ArrayList<>(templates.keySet());
        byDate.sort(Comparator.comparing((String id) -> firstDates.get(id) == null ? 0 : firstDates.get(id).getDayOfYear()));

        results.put("head.preGenerate", suite.eventStoreHead());
        BlockingQueue<List<CopiedEvent>> batches = new ArrayBlockingQueue<>(4);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long started = System.nanoTime();
        Thread producer = new Thread(() -> {
            try {
                Timeline timeline = new Timeline(Instant.now());
                List<CopiedEvent> batch = new ArrayList<>(BATCH + 64);
                long made = 0;
                copying:
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    for (String id : byDate) {
                        for (int round = 1; round <= rounds; round++) {
                            if (made >= events) {
                                break copying;
                            }
                            List<CopiedEvent> copies = copier.copy(templates.get(id), firstDates.get(id), year, round,
                                    timeline::next);
                            batch.addAll(copies);
                            made += copies.size();
                            if (batch.size() >= BATCH) {
                                batches.put(batch);
                                batch = new ArrayList<>(BATCH + 64);
                            }
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    batches.put(batch);
                }
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
        results.put("generate.seconds", seconds);
        results.put("generate.eventsPerS", written / seconds);
        results.put("head.generated", suite.eventStoreHead());
        System.out.printf("bench: generated %d events in %.1f s (%.0f events/s)%n", written, seconds, written / seconds);
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
