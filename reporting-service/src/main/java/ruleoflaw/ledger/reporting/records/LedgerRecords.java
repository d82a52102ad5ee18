package ruleoflaw.ledger.reporting.records;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.projections.Generations;

/**
 * The record versions the projection keeps, and the records of a year as they stood at a moment. Queries read the
 * active generation of the versions; the projection writes into the generation it fills.
 */
@Component
public class LedgerRecords {

    /** The processor that feeds every context's events into record versions; unique across services. */
    public static final String PROCESSING_GROUP = "reporting-ledger-records";

    private final MongoTemplate mongo;
    private final Generations generations;

    LedgerRecords(MongoTemplate mongo, Generations generations) {
        this.mongo = mongo;
        this.generations = generations;
        createIndexes(generations.active());
    }

    /** Makes the indexes the queries need on {@code generation}'s versions. */
    void createIndexes(int generation) {
        var indexes = mongo.indexOps(Generations.collection(RecordVersion.COLLECTION, generation));
        indexes.ensureIndex(new Index().on("year", Sort.Direction.ASC));
        indexes.ensureIndex(new Index().on("recordId", Sort.Direction.ASC));
        indexes.ensureIndex(new Index().on("type", Sort.Direction.ASC));
    }

    /** Idempotent: the same event stored twice is one version. Into the active generation. */
    public void store(RecordVersion version) {
        store(version, generations.active());
    }

    void store(RecordVersion version, int generation) {
        mongo.save(version, Generations.collection(RecordVersion.COLLECTION, generation));
    }

    /** The latest version of a record that the projection has put into {@code generation}. */
    Optional<RecordVersion> latest(String recordId, int generation) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("recordId").is(recordId))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), RecordVersion.class,
                Generations.collection(RecordVersion.COLLECTION, generation)));
    }

    /**
     * The records whose business date falls in {@code year}, each in its latest version recorded
     * up to {@code asOf}, leaving out withdrawn ones. A record corrected into another year moves there.
     */
    public List<RecordVersion> ofYear(int year, Instant asOf) {
        List<String> touchingYear = mongo.findDistinct(Query.query(where("year").is(year)), "recordId",
                versions(), RecordVersion.class, String.class);
        if (touchingYear.isEmpty()) {
            return List.of();
        }
        return latestStanding(Query.query(where("recordId").in(touchingYear).and("recordedAt").lte(asOf)),
                version -> version.year() == year);
    }

    /**
     * Every record of {@code type}, whatever its year, in its latest version recorded up to {@code asOf}, leaving out
     * withdrawn ones; by business date. For the few figures that look beyond their year (a contest series' run of years).
     */
    public List<RecordVersion> ofType(String type, Instant asOf) {
        return latestStanding(Query.query(where("type").is(type).and("recordedAt").lte(asOf)), version -> true);
    }

    private List<RecordVersion> latestStanding(Query versionsAsOf, java.util.function.Predicate<RecordVersion> counting) {
        List<RecordVersion> versions = mongo.find(versionsAsOf, RecordVersion.class, versions());
        Map<String, RecordVersion> latest = versions.stream().collect(Collectors.toMap(RecordVersion::recordId,
                Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        return latest.values().stream()
                .filter(version -> counting.test(version) && !version.withdrawn())
                .sorted(Comparator.comparing(RecordVersion::businessDate).thenComparing(RecordVersion::recordId))
                .toList();
    }

    private String versions() {
        return generations.active(RecordVersion.COLLECTION);
    }
}
