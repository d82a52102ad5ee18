package ruleoflaw.ledger.platform.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.RecordCorrected;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.audit.AuditMetadata;

/**
 * The records of some years as ledger lines, read from the event store: as they stand now (each record's latest
 * details, its lifecycle steps, withdrawn records left out) or with their whole history (corrections and withdrawals
 * as lines of their own). Lines come in the order their events were stored, so that a line never refers to a record
 * before the line that records it: by the events' times to the millisecond (as Axon Server keeps them), and within
 * one millisecond the record recorded first before the others. A record of another year that a chosen record refers
 * to (an edition's series) is written too. The same in both modes: nothing here reads the event store's tables.
 * <p>
 * Every line names the department of its record ({@code department}, after {@code type} and {@code id}), so that a
 * file holding several departments' lines imports each into its own.
 */
public class LedgerExport {

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final LedgerLines lines;
    private final LedgerTypes types;
    private final ObjectMapper json;

    /** @param types the ledger types of this service (the tables it reads hold every service's records) */
    public LedgerExport(JdbcTemplate jdbc, EventStore events, LedgerLines lines, LedgerTypes types, ObjectMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.lines = lines;
        this.types = types;
        this.json = json;
    }

    /**
     * Writes the lines of the department's records whose business date is in {@code from}..{@code to} to {@code out},
     * one per call. Records stored before departments existed are the default department's.
     */
    public void write(String department, String defaultDepartment, int from, int to, boolean history,
            Consumer<Map<String, Object>> out) {
        String[] recordTypes = types.recordTypes().toArray(String[]::new);
        Set<String> chosen = withReferences(recordTypes, new LinkedHashSet<>(jdbc.queryForList("""
                select record_id from ledger_record
                where year between ? and ? and record_type = any(?) and coalesce(department, ?) = ?""", String.class,
                from, to, recordTypes, defaultDepartment, department)));
        List<DomainEventMessage<?>> stored = new ArrayList<>();
        for (String id : chosen) {
            // every event, not the latest snapshot and the events after it
            events.readEvents(id, 0).asStream().forEach(stored::add);
        }
        Map<String, Instant> recordedAt = new HashMap<>();
        Map<String, String> departmentOf = new HashMap<>();
        indexed(chosen, defaultDepartment, recordedAt, departmentOf);
        stored.sort(Comparator.<DomainEventMessage<?>, Instant>comparing(event -> event.getTimestamp().truncatedTo(ChronoUnit.MILLIS))
                .thenComparing(event -> recordedAt.getOrDefault(event.getAggregateIdentifier(), Instant.MAX))
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));

        Set<String> withdrawn = new HashSet<>();
        Map<String, RecordStated> latest = new HashMap<>();
        for (DomainEventMessage<?> event : stored) {
            Object payload = event.getPayload();
            if (payload instanceof RecordWithdrawn) {
                withdrawn.add(event.getAggregateIdentifier());
            } else if (payload instanceof RecordStated stated && (event.getSequenceNumber() == 0 || payload instanceof RecordCorrected)) {
                latest.put(event.getAggregateIdentifier(), stated);
            }
        }
        Set<String> openedBySteps = new HashSet<>();
        for (DomainEventMessage<?> event : stored) {
            String id = event.getAggregateIdentifier();
            if (!history && withdrawn.contains(id)) {
                continue;
            }
            Object payload = event.getPayload();
            String itsDepartment = departmentOf.getOrDefault(id, defaultDepartment);
            if (event.getSequenceNumber() == 0 && payload instanceof RecordStated stated) {
                if (!openedBySteps.contains(id)) {
                    out.accept(recordLine(id, itsDepartment, history ? stated : latest.get(id)));
                }
            } else if (payload instanceof RecordCorrected corrected) {
                if (history) {
                    out.accept(correctionLine(event, itsDepartment, corrected));
                }
            } else if (payload instanceof RecordWithdrawn withdrawal) {
                out.accept(withdrawalLine(event, itsDepartment, withdrawal));
            } else {
                lines.step(payload).ifPresent(step -> {
                    if (step.opensRecordId() != null) {
                        openedBySteps.add(step.opensRecordId());
                    }
                    out.accept(stepLine(event, itsDepartment, latest.get(id).details().recordType(), payload,
                            step));
                });
            }
        }
    }

    private Map<String, Object> recordLine(String id, String department, RecordStated stated) {
        Map<String, Object> line = start(stated.details().recordType(), id, department);
        line.putAll(fields(lines.body(stated.details())));
        return line;
    }

    private Map<String, Object> correctionLine(DomainEventMessage<?> event, String department, RecordCorrected corrected) {
        Map<String, Object> line = start(corrected.details().recordType() + ".correction", lineId(event), department);
        line.put("of", event.getAggregateIdentifier());
        line.put("reason", corrected.reason());
        line.put("record", fields(lines.body(corrected.details())));
        return line;
    }

    private Map<String, Object> withdrawalLine(DomainEventMessage<?> event, String department, RecordWithdrawn withdrawal) {
        Map<String, Object> line = start(withdrawal.recordType() + ".withdrawal", lineId(event), department);
        line.put("of", event.getAggregateIdentifier());
        line.put("reason", withdrawal.reason());
        return line;
    }

    private Map<String, Object> stepLine(DomainEventMessage<?> event, String department, String recordType,
            Object payload, LedgerLines.Step step) {
        String recorded = payload.getClass().getSimpleName();
        String type = recordType + "." + types.stepName(recordType, payload).orElseThrow(() -> new IllegalStateException(
                "a " + recordType + " step recorded by " + recorded + " has a ledger line but no name: mark its "
                        + "handler @LedgerStep(name = ..., event = " + recorded + ".class)"));
        String id = step.opensRecordId() != null ? step.opensRecordId() : lineId(event);
        Map<String, Object> line = start(type, id, department);
        line.put("of", event.getAggregateIdentifier());
        line.putAll(fields(step.body()));
        return line;
    }

    /** A line's first members, always in this order: type, id, department. */
    private static Map<String, Object> start(String type, String id, String department) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.put("id", id);
        line.put("department", department);
        return line;
    }

    /** A change's line id: the idempotency key it was made with, so that importing the export again is a replay. */
    private static String lineId(DomainEventMessage<?> event) {
        Object key = event.getMetaData().get(AuditMetadata.IDEMPOTENCY_KEY);
        return key != null ? key.toString() : event.getAggregateIdentifier() + "@" + event.getSequenceNumber();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fields(Object body) {
        Map<String, Object> fields = json.convertValue(body, LinkedHashMap.class);
        fields.values().removeIf(value -> value == null);
        return fields;
    }

    /** The chosen records and, once over, the records their details name by id (an edition's {@code seriesId}). */
    private Set<String> withReferences(String[] recordTypes, Set<String> chosen) {
        Set<String> named = new HashSet<>();
        for (String details : jdbc.queryForList("select details from ledger_record where record_id = any(?)",
                String.class, (Object) chosen.toArray(String[]::new))) {
            try {
                json.readTree(details).properties().stream().map(Map.Entry::getValue).filter(JsonNode::isTextual)
                        .map(JsonNode::asText).forEach(named::add);
            } catch (Exception e) {
                throw new IllegalStateException("unreadable details in ledger_record", e);
            }
        }
        named.removeAll(chosen);
        if (named.isEmpty()) {
            return chosen;
        }
        List<String> referenced = jdbc.queryForList(
                "select record_id from ledger_record where record_id = any(?) and record_type = any(?)", String.class,
                named.toArray(String[]::new), recordTypes);
        Set<String> all = new LinkedHashSet<>(referenced);
        all.addAll(chosen);
        return all;
    }

    /**
     * When each record was recorded, to the microsecond the service's clock gave (the index keeps it so), and its
     * department (none stored: the default department's).
     */
    private void indexed(Set<String> ids, String defaultDepartment, Map<String, Instant> recordedAt,
            Map<String, String> departmentOf) {
        jdbc.query("select record_id, recorded_at, coalesce(department, ?) from ledger_record where record_id = any(?)",
                row -> {
                    recordedAt.put(row.getString(1), row.getTimestamp(2).toInstant());
                    departmentOf.put(row.getString(1), row.getString(3));
                }, defaultDepartment, ids.toArray(String[]::new));
    }
}
