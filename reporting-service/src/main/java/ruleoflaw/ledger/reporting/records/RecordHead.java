package ruleoflaw.ledger.reporting.records;

import java.util.List;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a record's versions are: every year its business date has ever fallen in (each of those years' partitions
 * holds all its later versions), and its latest version. Looked up by the record id, the one index every MongoDB
 * server keeps, so a projection never scans versions to find a record's past.
 *
 * @param recordId      the record (the document id)
 * @param years         every year the record has counted in, ascending
 * @param version       the latest version's number
 * @param latestEventId the event that made the latest version (its id in the year partitions)
 * @param latestYear    the year of the latest version
 */
@Document(RecordHead.COLLECTION)
record RecordHead(@Id String recordId, List<Integer> years, long version, String latestEventId, int latestYear) {

    static final String COLLECTION = "reporting_record_heads";

    /** The head after {@code stated}; an older version projected again (after a crash) changes only the years. */
    RecordHead after(RecordVersion stated) {
        TreeSet<Integer> all = new TreeSet<>(years);
        all.add(stated.year());
        boolean newer = stated.version() >= version;
        return new RecordHead(recordId, List.copyOf(all), newer ? stated.version() : version,
                newer ? stated.eventId() : latestEventId, newer ? stated.year() : latestYear);
    }

    static RecordHead of(RecordVersion first) {
        return new RecordHead(first.recordId(), List.of(first.year()), first.version(), first.eventId(), first.year());
    }
}
