package ruleoflaw.ledger.platform.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.platform.department.Departments;

/** The records of this service as they stand now (table {@code ledger_record}). */
public class RecordIndex {

    /** One record as it stands: its department, latest details, version, and who recorded and last changed it. */
    public record Entry(String id, String type, String department, long version, boolean withdrawn,
            String withdrawalReason, Instant recordedAt, String recordedBy, Instant changedAt, String changedBy,
            JsonNode record) {
    }

    public record Page(int year, int page, int size, long total, List<Entry> records) {
    }

    /** Rows stored before departments existed have none: they are the default department's. */
    private static final String OF_DEPARTMENT = "coalesce(department, ?) = ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Departments departments;

    public RecordIndex(JdbcTemplate jdbc, ObjectMapper json, Departments departments) {
        this.jdbc = jdbc;
        this.json = json;
        this.departments = departments;
    }

    /** The record's department is the one its first recording names; later changes keep it. */
    void stated(String id, RecordDetails details, long version, Instant at, String by, String department) {
        String text = write(details);
        LocalDate date = details.businessDate();
        int updated = jdbc.update("""
                update ledger_record set record_type = ?, year = ?, business_date = ?, title = ?, version = ?,
                       details = ?, changed_at = ?, changed_by = ?
                where record_id = ? and version < ?""",
                details.recordType(), date.getYear(), date, details.title(), version, text, Timestamp.from(at), by, id, version);
        if (updated == 0) {
            jdbc.update("""
                    insert into ledger_record (record_id, record_type, year, business_date, title, version, details,
                                               recorded_at, recorded_by, changed_at, changed_by, department)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (record_id) do nothing""",
                    id, details.recordType(), date.getYear(), date, details.title(), version, text, Timestamp.from(at), by,
                    Timestamp.from(at), by, departments.orDefault(department));
        }
    }

    void withdrawn(String id, String reason, long version, Instant at, String by) {
        jdbc.update("""
                update ledger_record set withdrawn = true, withdrawal_reason = ?, version = ?, changed_at = ?, changed_by = ?
                where record_id = ? and version < ?""", reason, version, Timestamp.from(at), by, id, version);
    }

    /** The records of a type as they stand now in every department, withdrawn ones left out (the legal clocks' gauges). */
    public List<Entry> current(String type) {
        return jdbc.query("select * from ledger_record where record_type = ? and not withdrawn", this::entry, type);
    }

    Departments departments() {
        return departments;
    }

    /** The records of a type of one department as they stand now, withdrawn ones left out (its open legal clocks). */
    public List<Entry> current(String type, String department) {
        return jdbc.query("select * from ledger_record where record_type = ? and not withdrawn and " + OF_DEPARTMENT,
                this::entry, type, departments.defaultCode(), department);
    }

    /** A date in a record's details, or null when it has none. */
    public static LocalDate date(JsonNode details, String field) {
        JsonNode value = details.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }

    /** Whether this service has a record with this id, of any type. */
    public boolean exists(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from ledger_record where record_id = ?)",
                Boolean.class, id));
    }

    public Optional<Entry> find(String type, String id) {
        return jdbc.query("select * from ledger_record where record_type = ? and record_id = ?", this::entry, type, id)
                .stream().findFirst();
    }

    /** The records of a type of one department whose business date is in {@code year}, withdrawn ones included, by date. */
    public Page list(String department, String type, int year, int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from ledger_record where record_type = ? and year = ? and "
                + OF_DEPARTMENT, Long.class, type, year, departments.defaultCode(), department);
        List<Entry> entries = jdbc.query("select * from ledger_record where record_type = ? and year = ? and "
                + OF_DEPARTMENT + " order by business_date, recorded_at, record_id limit ? offset ?",
                this::entry, type, year, departments.defaultCode(), department, size, (long) page * size);
        return new Page(year, page, size, total == null ? 0 : total, entries);
    }

    private Entry entry(ResultSet row, int number) throws SQLException {
        try {
            return new Entry(row.getString("record_id"), row.getString("record_type"),
                    departments.orDefault(row.getString("department")), row.getLong("version"),
                    row.getBoolean("withdrawn"), row.getString("withdrawal_reason"),
                    row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"),
                    row.getTimestamp("changed_at").toInstant(), row.getString("changed_by"),
                    json.readTree(row.getString("details")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable details of record " + row.getString("record_id"), e);
        }
    }

    private String write(RecordDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
