package ruleoflaw.ledger.reporting.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.ErrorCategory;

/**
 * The record versions a batch of events makes in one generation, written together when the batch ends: one bulk
 * write per partition instead of a round trip per event. Until then the batch answers for what it holds, so a
 * withdrawal finds the version recorded a few events before it. Writes replace by id, so writing again is a no-op.
 */
final class VersionBatch {

    private static final FindAndReplaceOptions UPSERT = FindAndReplaceOptions.options().upsert();

    private final MongoTemplate mongo;
    private final int generation;
    private final Runnable written;
    private final Map<String, RecordHead> heads = new HashMap<>();
    private final Map<String, RecordHead> changedHeads = new LinkedHashMap<>();
    /** Heads of records first seen in this batch: written only if absent, so projecting again never rolls one back. */
    private final Set<String> firstSeen = new HashSet<>();
    private final Map<String, List<RecordVersion>> byPartition = new LinkedHashMap<>();
    private final Map<String, RecordVersion> byEventId = new HashMap<>();

    VersionBatch(MongoTemplate mongo, int generation, Runnable written) {
        this.mongo = mongo;
        this.generation = generation;
        this.written = written;
    }

    /** Adds a version to every partition that must hold it: each year the record has counted in, and its type's. */
    void add(RecordVersion version) {
        // a first version has no head to look up (one round trip per record saved); its head is written only if absent
        boolean first = version.version() == 0 && !heads.containsKey(version.recordId());
        RecordHead head = first ? RecordHead.of(version)
                : head(version.recordId()).map(known -> known.after(version)).orElseGet(() -> RecordHead.of(version));
        if (first) {
            firstSeen.add(version.recordId());
        }
        heads.put(head.recordId(), head);
        changedHeads.put(head.recordId(), head);
        for (int year : head.years()) {
            byPartition.computeIfAbsent(Partitions.ofYear(year, generation), p -> new ArrayList<>()).add(version);
        }
        if (Partitions.keptAcrossYears(version.type())) {
            byPartition.computeIfAbsent(Partitions.ofType(version.type(), generation), p -> new ArrayList<>())
                    .add(version);
        }
        byEventId.put(version.eventId(), version);
    }

    /** The record's latest version, from this batch or from what earlier batches wrote. */
    Optional<RecordVersion> latest(String recordId) {
        return head(recordId).map(head -> {
            RecordVersion pending = byEventId.get(head.latestEventId());
            return pending != null ? pending : mongo.findById(head.latestEventId(), RecordVersion.class,
                    Partitions.ofYear(head.latestYear(), generation));
        });
    }

    private Optional<RecordHead> head(String recordId) {
        RecordHead known = heads.get(recordId);
        if (known == null) {
            known = mongo.findById(recordId, RecordHead.class, Partitions.heads(generation));
            if (known != null) {
                heads.put(recordId, known);
            }
        }
        return Optional.ofNullable(known);
    }

    boolean isEmpty() {
        return changedHeads.isEmpty();
    }

    /** Writes the versions, then the heads that point at them; waits out a read-model server that is away. */
    void flush() {
        if (isEmpty()) {
            return;
        }
        ReadModelRetry.run(() -> {
            byPartition.forEach((partition, versions) -> insertNew(RecordVersion.class, partition, versions));
            writeHeads();
        });
        byPartition.clear();
        changedHeads.clear();
        firstSeen.clear();
        byEventId.clear();
        written.run();
    }

    private void writeHeads() {
        String heads = Partitions.heads(generation);
        List<RecordHead> first = new ArrayList<>();
        List<RecordHead> moved = new ArrayList<>();
        changedHeads.values().forEach(head -> (firstSeen.contains(head.recordId()) ? first : moved).add(head));
        insertNew(RecordHead.class, heads, first);
        if (!moved.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RecordHead.class, heads);
            moved.forEach(head -> bulk.replaceOne(Query.query(where("_id").is(head.recordId())), head, UPSERT));
            bulk.execute();
        }
    }

    /**
     * Inserts documents that are the same whenever they are made (a version is its event's; a first head, if absent):
     * one already there from an earlier attempt is left as it is. Plain inserts cost the server far less than
     * replacing by id.
     */
    private <T> void insertNew(Class<T> type, String collection, List<T> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection).insert(documents).execute();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> ErrorCategory.fromErrorCode(error.getCode())
                    == ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }
}
