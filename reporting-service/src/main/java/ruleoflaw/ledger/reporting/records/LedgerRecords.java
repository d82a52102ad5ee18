package ruleoflaw.ledger.reporting.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.projections.Generations;

/**
 * The record versions the projection keeps, and the records of a year as they stood at a moment. Queries read the
 * active generation; the projection writes into the generation it fills, a batch of events at a time.
 */
@Component
public class LedgerRecords {

    /** The processor that feeds every context's events into record versions; unique across services. */
    public static final String PROCESSING_GROUP = "reporting-ledger-records";
    private static final String BATCH = LedgerRecords.class.getName() + ".batch-";
    /**
     * Documents per reply when reading a partition: pages of up to {@link VersionPages#MOST} versions each (under 1 MB; in
     * partitions written before pages, one version each). The embedded server answers a query without a batch size
     * in one reply, which fails beyond 48 MB: 32 pages stay well under it.
     */
    private static final int READ_BATCH = 32;
    /** Beyond any recording time (a date is kept to the millisecond from the epoch, Instant.MAX is not). */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final MongoTemplate mongo;
    private final Generations generations;
    private final RecordVersions versions;
    /**
     * Batches written per department (a document per partition suffix, "" for the default one), counted in the read
     * model, so that every instance sees every instance's writes.
     */
    static final String WRITES = "reporting_department_writes";
    private final Departments departments;
    private final List<VersionFollower> followers;

    LedgerRecords(MongoTemplate mongo, Generations generations, RecordVersions versions, Departments departments,
            List<VersionFollower> followers) {
        this.followers = followers;
        this.departments = departments;
        this.mongo = mongo;
        this.generations = generations;
        this.versions = versions;
    }

    /**
     * Stores one version at once, into the active generation, after the versions of the record stored in its year.
     * Idempotent: the same event stored twice is one version.
     */
    public void store(RecordVersion version) {
        int generation = generations.active();
        VersionBatch batch = new VersionBatch(mongo, generation, (recordId, before) -> stored(version, generation),
                this::written, this::partitionSuffix,
                followers.stream().map(follower -> follower.start(generation)).toList());
        ReadModelRetry.run(() -> batch.add(version, null));
        batch.flush();
    }

    private Optional<RecordHead> stored(RecordVersion version, int generation) {
        String partition = Partitions.ofYear(partitionSuffix(version.department()), version.year(), generation);
        RecordVersion[] latest = new RecordVersion[1];
        read(partition, Instant.MAX, stored -> {
            if (stored.recordId().equals(version.recordId()) && stored.version() < version.version()
                    && (latest[0] == null || stored.version() > latest[0].version())) {
                latest[0] = stored;
            }
        });
        return Optional.ofNullable(latest[0]).map(RecordHead::of);
    }

    /** Every version of the partition recorded up to {@code asOf}, from its pages (and documents made before pages). */
    private void read(String partition, Instant asOf, Consumer<RecordVersion> into) {
        Date until = Date.from(asOf.isAfter(LATEST) ? LATEST : asOf);
        mongo.getCollection(partition)
                .find(Filters.or(Filters.lte(VersionPages.FROM, until), Filters.lte("recordedAt", until)))
                .batchSize(READ_BATCH)
                .forEach(document -> VersionPages.versions(document, version -> {
                    if (!version.recordedAt().isAfter(asOf)) {
                        into.accept(version);
                    }
                }));
    }

    /**
     * Makes versions in {@code generation}. Under event processing they join the unit of work's batch, written by
     * {@link BatchEnd} after the batch's last event (or, failing that, as the unit of work commits); otherwise at once.
     */
    void write(int generation, Consumer<VersionBatch> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            VersionBatch batch = batch(generation);
            ReadModelRetry.run(() -> change.accept(batch));
            batch.flush();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        VersionBatch batch = root.getOrComputeResource(BATCH + generation, key -> {
            VersionBatch made = batch(generation);
            root.onPrepareCommit(unitOfWork -> made.flush());
            return made;
        });
        ReadModelRetry.run(() -> change.accept(batch));
    }

    private VersionBatch batch(int generation) {
        return new VersionBatch(mongo, generation, versions::before, this::written, this::partitionSuffix,
                followers.stream().map(follower -> follower.start(generation)).toList());
    }

    /** Writes what the current unit of work's batches hold. */
    static void flushCurrent() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().forEach((key, value) -> {
                if (key.startsWith(BATCH) && value instanceof VersionBatch batch) {
                    batch.flush();
                }
            });
        }
    }

    /** Counted after the batch's versions and what follows them are written: one request for all its departments. */
    private void written(Set<String> departments) {
        if (!departments.isEmpty()) {
            mongo.getCollection(WRITES).bulkWrite(departments.stream().map(department -> new UpdateOneModel<Document>(
                    Filters.eq("_id", department), Updates.inc("writes", 1L), new UpdateOptions().upsert(true))).toList());
        }
    }

    /**
     * What queries of the department read now: anything computed from its records holds while this is unchanged. A
     * department's figures read its own partitions only, so a write in another department leaves them as they are.
     * Read from the shared count (one small document), so it changes with a write by any instance.
     */
    public State state(String department) {
        Document writes = mongo.getCollection(WRITES).find(Filters.eq("_id", keptUnder(department))).first();
        return new State(generations.active(), writes != null && writes.get("writes") instanceof Number count
                ? count.longValue() : 0);
    }

    /** The generation queries read, and how many batches of the department's versions were ever written. */
    public record State(int generation, long writes) {
    }

    /** The collections of versions in {@code generation}: every partition that exists. */
    public List<String> collections(int generation) {
        return Stream.concat(
                mongo.getCollectionNames().stream().filter(name -> Partitions.isPartition(name, generation)).sorted(),
                followers.stream().flatMap(follower -> follower.collections(generation).stream())).toList();
    }

    /**
     * The department's records whose business date falls in {@code year}, each in its latest version recorded
     * up to {@code asOf}, leaving out withdrawn ones. A record corrected into another year moves there.
     */
    public List<RecordVersion> ofYear(String department, int year, Instant asOf) {
        return latestStanding(Partitions.ofYear(partitionSuffix(department), year, generations.active()), asOf,
                version -> version.year() == year);
    }

    /** What the department's records are kept under: its code, or "" for the installation's default department. */
    public String keptUnder(String department) {
        String suffix = partitionSuffix(department);
        return suffix == null ? "" : suffix;
    }

    /** The default department's partitions keep the names they had before departments existed. */
    private String partitionSuffix(String department) {
        return departments.isDefault(department) ? null : department;
    }

    /**
     * Every record of the department of {@code type}, whatever its year, in its latest version recorded up to {@code asOf}, leaving out
     * withdrawn ones; by business date. For the few figures that look beyond their year (a contest series' run of
     * years): only the types {@link Partitions#KEPT_ACROSS_YEARS} are kept that way.
     */
    public List<RecordVersion> ofType(String department, String type, Instant asOf) {
        if (!Partitions.keptAcrossYears(type)) {
            throw new IllegalArgumentException("Records of type " + type + " are kept by year only; add the type to "
                    + "Partitions.KEPT_ACROSS_YEARS (and rebuild) to read them across years");
        }
        return latestStanding(Partitions.ofType(partitionSuffix(department), type, generations.active()), asOf,
                version -> true);
    }

    /** Reads the partition a reply at a time, keeping only each record's latest version so far. */
    private List<RecordVersion> latestStanding(String partition, Instant asOf, Predicate<RecordVersion> counting) {
        Map<String, RecordVersion> latest = new HashMap<>();
        read(partition, asOf, version -> latest.merge(version.recordId(), version,
                (known, other) -> known.version() >= other.version() ? known : other));
        return latest.values().stream()
                .filter(version -> counting.test(version) && !version.withdrawn())
                .sorted(Comparator.comparing(RecordVersion::businessDate).thenComparing(RecordVersion::recordId))
                .toList();
    }
}
