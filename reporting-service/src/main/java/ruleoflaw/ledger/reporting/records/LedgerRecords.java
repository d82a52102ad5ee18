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

/** The record versions the projection keeps, and the records of a year as they stood at a moment. */
@Component
public class LedgerRecords {

    /** The processor that feeds every context's events into record versions; unique across services. */
    public static final String PROCESSING_GROUP = "reporting-ledger-records";

    private final MongoTemplate mongo;

    LedgerRecords(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(RecordVersion.class);
        indexes.ensureIndex(new Index().on("year", Sort.Direction.ASC));
        indexes.ensureIndex(new Index().on("recordId", Sort.Direction.ASC));
        indexes.ensureIndex(new Index().on("type", Sort.Direction.ASC));
    }

    /** Idempotent: the same event stored twice is one version. */
    public void store(RecordVersion version) {
        mongo.save(version);
    }

    /** The latest version of a record that the projection has seen. */
    public Optional<RecordVersion> latest(String recordId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("recordId").is(recordId))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), RecordVersion.class));
    }

    /**
     * The records whose business date falls in {@code year}, each in its latest version recorded
     * up to {@code asOf}, leaving out withdrawn ones. A record corrected into another year moves there.
     */
    public List<RecordVersion> ofYear(int year, Instant asOf) {
        List<String> touchingYear = mongo.findDistinct(Query.query(where("year").is(year)), "recordId",
                RecordVersion.class, String.class);
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
        List<RecordVersion> versions = mongo.find(versionsAsOf, RecordVersion.class);
        Map<String, RecordVersion> latest = versions.stream().collect(Collectors.toMap(RecordVersion::recordId,
                Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        return latest.values().stream()
                .filter(version -> counting.test(version) && !version.withdrawn())
                .sorted(Comparator.comparing(RecordVersion::businessDate).thenComparing(RecordVersion::recordId))
                .toList();
    }
}
