package ruleoflaw.ledger.bench.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;

/** The replay baseline: one connection reads the generated events in order and parses payload and metadata. */
public final class RawScan {

    private final Suite suite;
    private final Results results;

    public RawScan(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    public void run() throws Exception {
        ObjectMapper json = Results.json();
        long from = (long) results.number("head.preGenerate");
        long rows = 0;
        long fields = 0;
        long started = System.nanoTime();
        try (Connection connection = suite.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement scan = connection.prepareStatement("select global_index, payload_type, payload, "
                    + "meta_data, time_stamp from domain_event_entry where global_index > ? order by global_index")) {
                scan.setFetchSize(1000);
                scan.setLong(1, from);
                try (ResultSet row = scan.executeQuery()) {
                    while (row.next()) {
                        row.getLong(1);
                        row.getString(2);
                        JsonNode payload = json.readTree(row.getBytes(3));
                        byte[] meta = row.getBytes(4);
                        JsonNode metaData = meta == null ? null : json.readTree(meta);
                        row.getString(5);
                        fields += payload.size() + (metaData == null ? 0 : metaData.size());
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        results.put("raw.scan.events", rows);
        results.put("raw.scan.seconds", seconds);
        results.put("raw.scan.eventsPerS", rows / seconds);
        System.out.printf("bench: raw scan of %d events with JSON parsing in %.1f s (%.0f events/s; %d top-level fields)%n",
                rows, seconds, rows / seconds, fields);
    }
}
