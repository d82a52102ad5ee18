package ruleoflaw.ledger.reporting.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/**
 * The record versions a batch of events makes in one generation, written together when the batch ends: one page
 * per partition ({@link VersionPages}) instead of a document per event. What the batch needs to know of a record it learns from
 * the versions it made itself, or else from the record's own events before this one ({@code past}): a record's
 * first version needs nothing. Writing a version again (after a crash) leaves the one there as it is.
 */
final class VersionBatch {

    private final MongoTemplate mongo;
    private final int generation;
    private final BiFunction<String, Long, Optional<RecordHead>> past;
    private final Consumer<Set<String>> written;
    /** The departments whose partitions this batch writes (their partition suffix, "" for the default one). */
    private final Set<String> departments = new HashSet<>();
    private final UnaryOperator<String> partitionSuffix;
    private final Map<String, RecordHead> heads = new HashMap<>();
    private final Map<String, List<RecordVersion>> byPartition = new LinkedHashMap<>();
    private final List<VersionFollower.Batch> followers;

    /** @param partitionSuffix what a department's partitions are named after: none for the default department */
    VersionBatch(MongoTemplate mongo, int generation, BiFunction<String, Long, Optional<RecordHead>> past,
            Consumer<Set<String>> written, UnaryOperator<String> partitionSuffix, List<VersionFollower.Batch> followers) {
        this.followers = followers;
        this.partitionSuffix = partitionSuffix;
        this.mongo = mongo;
        this.generation = generation;
        this.past = past;
        this.written = written;
    }

    /**
     * Adds a version to every partition of the record's department that must hold it: each year the record has
     * counted in, and its type's. A later version belongs to the department of the record's first.
     */
    void add(RecordVersion stated, TrackingToken at) {
        Optional<RecordHead> known = head(stated.recordId(), stated.version());
        Optional<RecordVersion> before = known.map(RecordHead::latest);
        RecordVersion version = known.map(head -> stated.inDepartment(head.department())).orElse(stated);
        RecordHead head = known.map(earlier -> earlier.after(version)).orElseGet(() -> RecordHead.of(version));
        heads.put(version.recordId(), head);
        String department = partitionSuffix.apply(version.department());
        departments.add(department == null ? "" : department);
        if (before.map(earlier -> earlier.version() < version.version()).orElse(true)) {
            followers.forEach(follower -> follower.changed(department == null ? "" : department, before.orElse(null),
                    version, at));
        }
        for (int year : head.years()) {
            byPartition.computeIfAbsent(Partitions.ofYear(department, year, generation), p -> new ArrayList<>())
                    .add(version);
        }
        if (Partitions.keptAcrossYears(version.type())) {
            byPartition.computeIfAbsent(Partitions.ofType(department, version.type(), generation),
                    p -> new ArrayList<>()).add(version);
        }
    }

    /** The record's latest version before {@code version}. */
    Optional<RecordVersion> latest(String recordId, long version) {
        return head(recordId, version).map(RecordHead::latest);
    }

    private Optional<RecordHead> head(String recordId, long version) {
        RecordHead known = heads.get(recordId);
        return known != null ? Optional.of(known) : version == 0 ? Optional.empty() : past.apply(recordId, version);
    }

    /** Writes the versions; waits out a read-model server that is away. */
    void flush() {
        if (byPartition.isEmpty()) {
            return;
        }
        ReadModelRetry.run(() -> byPartition.forEach(this::insertNew));
        followers.forEach(follower -> ReadModelRetry.run(follower::write));
        byPartition.clear();
        heads.clear();
        written.accept(Set.copyOf(departments));
        departments.clear();
    }

    /** The partition's pages; a page already there is the same page (the batch projected again). */
    private void insertNew(String partition, List<RecordVersion> versions) {
        for (Document page : VersionPages.pages(versions)) {
            try {
                mongo.getCollection(partition).insertOne(page);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }
}
