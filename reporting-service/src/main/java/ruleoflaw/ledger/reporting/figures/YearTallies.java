package ruleoflaw.ledger.reporting.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.records.RecordVersion;
import ruleoflaw.ledger.reporting.records.VersionFollower;

/**
 * The yearly projection: each department's figures kept as its records change, a document of counters per department
 * and year ({@link Tally}), written with the batch's record versions. A year's figures are then read from the
 * department's documents up to that year, a few small documents, whatever the size of the history.
 * <p>
 * Idempotent per event: each document keeps the processor's position of its last write, and an event it already
 * covers (a batch processed again after a failure) changes nothing. A generation whose versions were made before the
 * tallies existed has none: its figures are computed from the versions, as before, until a rebuild.
 */
@Component
public class YearTallies implements VersionFollower {

    static final String COLLECTION = "reporting_year_tallies";
    private static final String KEPT = "kept-from-the-start";
    private static final String COMPLETE = "complete";
    private static final Logger log = LoggerFactory.getLogger(YearTallies.class);

    private final MongoTemplate mongo;
    private final FigureCatalog catalog;
    private final Serializer serializer;
    private final Generations generations;
    private final Map<String, Mirror> mirrors = new ConcurrentHashMap<>();

    YearTallies(MongoTemplate mongo, FigureCatalog catalog, @Qualifier("serializer") Serializer serializer,
            Generations generations) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.serializer = serializer;
        this.generations = generations;
    }

    @Override
    public List<String> collections(int generation) {
        mirrors.remove(Generations.collection(COLLECTION, generation)); // a rebuild empties them: read them again after
        return kept(generation);
    }

    /** The generation's collections of tallies that exist: the default department's (with the mark), each other's. */
    private List<String> kept(int generation) {
        Pattern own = Pattern.compile(Pattern.quote(COLLECTION) + "(__d[A-Za-z0-9_-]+)?"
                + (generation == 1 ? "" : Pattern.quote("_g" + generation)));
        return mongo.getCollectionNames().stream()
                .filter(name -> own.matcher(name).matches() && (generation != 1 || !name.matches(".*_g\\d+")))
                .sorted().toList();
    }

    /**
     * A department's years in a collection of its own, as its versions are: the embedded server scans a collection
     * to find or replace one document, so one collection of every department's years made each write cost all.
     */
    private static String collectionOf(String department, int generation) {
        return Generations.collection(COLLECTION + (department.isEmpty() ? "" : "__d" + department), generation);
    }

    /**
     * The generation's tallies as stored, read once and then kept in step with every write: the read model's server
     * finds a document by a scan of its collection, so reading a year's document at every batch cost the replay more
     * than the rest of its work. One instance runs the processor that writes them.
     */
    private Mirror mirror(int generation) {
        return mirrors.computeIfAbsent(Generations.collection(COLLECTION, generation), name -> {
            Mirror mirror = new Mirror();
            kept(generation).forEach(collection -> mongo.getCollection(collection).find().forEach(stored -> {
                if (KEPT.equals(stored.get("_id"))) {
                    mirror.complete = stored.getBoolean(COMPLETE, false);
                } else {
                    Year year = stored(stored);
                    mirror.years.put(String.valueOf(stored.get("_id")), year);
                }
            }));
            return mirror;
        });
    }

    private static final class Mirror {

        private volatile Boolean complete;
        private final Map<String, Year> years = new ConcurrentHashMap<>();
    }

    private Year stored(Document stored) {
        int year = stored.getInteger("year");
        Tally tally = new Tally();
        tally.put(year, counters(stored));
        TrackingToken position = null;
        if (stored.getString("position") != null) {
            position = serializer.deserialize(new SimpleSerializedObject<>(stored.getString("position"), String.class,
                    stored.getString("positionType"), null));
        }
        return new Year(stored.getString("department"), year, tally, position);
    }

    /**
     * The department's figures of {@code year} as kept, or none when the active generation keeps no tallies (its
     * versions predate them).
     */
    public Optional<Map<String, Number>> figures(String department, int year) {
        Mirror mirror = mirror(generations.active());
        if (!Boolean.TRUE.equals(mirror.complete)) {
            return Optional.empty();
        }
        Tally tally = new Tally();
        mirror.years.values().stream().filter(kept -> kept.department.equals(department) && kept.year <= year)
                .forEach(kept -> tally.put(kept.year, kept.tally.counters(kept.year)));
        return Optional.of(catalog.read(year, tally));
    }

    @Override
    public Batch start(int generation) {
        return new TallyBatch(generation);
    }

    /** The years a batch changes, each read once, changed event by event and written back when the batch ends. */
    private final class TallyBatch implements Batch {

        private final int generation;
        private final String collection;
        private final Map<String, Year> years = new LinkedHashMap<>();
        private TrackingToken last;
        private Boolean kept;

        TallyBatch(int generation) {
            this.generation = generation;
            this.collection = Generations.collection(COLLECTION, generation);
        }

        @Override
        public void changed(String department, RecordVersion before, RecordVersion after, TrackingToken at) {
            if (!keptFromTheStart()) {
                return;
            }
            if (at != null) {
                last = at;
            }
            Tally.Adder into = (year, key, amount) -> {
                Year changing = years.computeIfAbsent(department + "/" + year, id -> read(id, department, year));
                if (at == null || changing.position == null || !changing.position.covers(at)) {
                    changing.tally.adder(1).add(year, key, amount);
                    changing.changed = true;
                }
            };
            if (before != null && !before.withdrawn()) {
                catalog.count(before, negated(into));
            }
            if (!after.withdrawn()) {
                catalog.count(after, into);
            }
        }

        @Override
        public void write() {
            years.forEach((id, year) -> {
                if (year.changed) {
                    Document stored = new Document("_id", id).append("department", year.department)
                            .append("year", year.year).append("counters", stored(year.tally.counters(year.year)));
                    TrackingToken position = last != null ? last : year.position;
                    if (position != null) {
                        SerializedObject<String> token = serializer.serialize(position, String.class);
                        stored.append("position", token.getData()).append("positionType", token.getType().getName());
                    }
                    mongo.getCollection(collectionOf(year.department, generation)).replaceOne(Filters.eq("_id", id), stored,
                            new ReplaceOptions().upsert(true));
                    mirror(generation).years.put(id, new Year(year.department, year.year, year.tally, position));
                }
            });
            years.clear();
        }

        /** A copy of the year as kept: the batch changes it, and the kept one only once it is written. */
        private Year read(String id, String department, int year) {
            Year kept = mirror(generation).years.get(id);
            Tally tally = new Tally();
            if (kept != null) {
                tally.put(year, kept.tally.counters(year));
            }
            return new Year(department, year, tally, kept == null ? null : kept.position);
        }

        /**
         * Whether the generation's tallies started with its first version: marked by the first batch, complete when it
         * finds no version in the generation yet. A generation whose versions came first keeps no tallies.
         */
        private boolean keptFromTheStart() {
            if (kept == null) {
                Mirror mirror = mirror(generation);
                if (mirror.complete == null) {
                    boolean complete = !versionsExist();
                    mongo.getCollection(collection).insertOne(new Document("_id", KEPT).append(COMPLETE, complete));
                    mirror.complete = complete;
                    if (!complete) {
                        log.warn("The record versions in {} were made before figures were kept as events arrive; "
                                + "figures are computed from the versions until `bin/suite rebuild`", collection);
                    }
                }
                kept = mirror.complete;
            }
            return kept;
        }

        private boolean versionsExist() {
            String suffix = collection.substring(COLLECTION.length());
            return mongo.getCollectionNames().stream().anyMatch(name -> name.startsWith(RecordVersion.COLLECTION + "_")
                    && (suffix.isEmpty() ? !name.matches(".*_g\\d+") : name.endsWith(suffix))
                    && mongo.getCollection(name).estimatedDocumentCount() > 0);
        }
    }

    private static final class Year {

        private final String department;
        private final int year;
        private final Tally tally;
        private final TrackingToken position;
        private boolean changed;

        Year(String department, int year, Tally tally, TrackingToken position) {
            this.department = department;
            this.year = year;
            this.tally = tally;
            this.position = position;
        }
    }

    private static Tally.Adder negated(Tally.Adder add) {
        return (year, key, amount) -> add.add(year, key, amount.negate());
    }

    /** Counters are stored as key and amount pairs: keys hold dots, which a document's field names may not. */
    private static List<Document> stored(Map<String, BigDecimal> counters) {
        List<Document> stored = new ArrayList<>(counters.size());
        counters.forEach((key, amount) -> stored.add(new Document("k", key).append("v", amount.toPlainString())));
        return stored;
    }

    private static Map<String, BigDecimal> counters(Document stored) {
        Map<String, BigDecimal> counters = new HashMap<>();
        stored.getList("counters", Document.class, List.of())
                .forEach(counter -> counters.put(counter.getString("k"), new BigDecimal(counter.getString("v"))));
        return counters;
    }
}
