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
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.records.RecordVersion;
import ruleoflaw.ledger.reporting.records.VersionFollower;

/**
 * The yearly projection: each department's figures kept as its records change, a document of counters per department
 * and year ({@link Tally}), written with the batch's record versions. A year's figures are then read from the
 * department's documents up to that year, a few small documents, whatever the size of the history.
 * <p>
 * Idempotent per event: each document keeps the processor's position of its last write, and an event it already
 * covers (a batch processed again after a failure) changes nothing. Positions compare within one token's line, so a
 * department's events must come through one segment: the records processor runs as one segment, which the instance
 * that claims it processes (it moves whole when that instance stops). A generation whose versions were made before
 * the tallies existed has none: its figures are computed from the versions, as before, until a rebuild.
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
    private final Map<String, Map<String, Year>> mirrors = new ConcurrentHashMap<>();
    private final Map<String, Boolean> marks = new ConcurrentHashMap<>();

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
        marks.remove(Generations.collection(COLLECTION, generation));
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
     * The generation's tallies as this instance last read or wrote them, the base a batch changes: the read model's
     * server finds a document by a scan of its collection, so reading a year's document at every batch cost the replay
     * more than the rest of its work. Another instance may have written a year since (the records processor's segment
     * moved, or ran there for a while): every write is conditional on the revision the copy holds, and a year whose
     * copy is stale is read again and its batch's changes made anew on what is stored. Queries do not read it: they
     * read the store ({@link #figures}).
     */
    private Map<String, Year> mirror(int generation) {
        return mirrors.computeIfAbsent(Generations.collection(COLLECTION, generation), name -> {
            Map<String, Year> mirror = new ConcurrentHashMap<>();
            kept(generation).forEach(collection -> mongo.getCollection(collection).find().forEach(stored -> {
                if (!KEPT.equals(stored.get("_id"))) {
                    mirror.put(String.valueOf(stored.get("_id")), stored(stored));
                }
            }));
            return mirror;
        });
    }

    /**
     * Whether the generation's tallies were kept from its first version, as its first batch marked it; none before.
     * Kept once known: the mark never changes.
     */
    private Boolean keptFromTheStart(int generation) {
        String collection = Generations.collection(COLLECTION, generation);
        Boolean known = marks.get(collection);
        if (known == null) {
            Document mark = mongo.getCollection(collection).find(Filters.eq("_id", KEPT)).first();
            if (mark != null) {
                known = mark.getBoolean(COMPLETE, false);
                marks.put(collection, known);
            }
        }
        return known;
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
        long revision = stored.get("revision") instanceof Number number ? number.longValue() : 0;
        return new Year(stored.getString("department"), year, tally, position, revision);
    }

    /**
     * The department's figures of {@code year} as kept, or none when the active generation keeps no tallies (its
     * versions predate them). Read from the store, the department's few documents, so that every instance answers
     * what any instance wrote.
     */
    public Optional<Map<String, Number>> figures(String department, int year) {
        int generation = generations.active();
        if (!Boolean.TRUE.equals(keptFromTheStart(generation))) {
            return Optional.empty();
        }
        Tally tally = new Tally();
        mongo.getCollection(collectionOf(department, generation)).find(Filters.lte("year", year)).forEach(stored -> {
            if (!KEPT.equals(stored.get("_id")) && department.equals(stored.getString("department"))) {
                int kept = stored.getInteger("year");
                tally.put(kept, counters(stored));
            }
        });
        return Optional.of(catalog.read(year, tally));
    }

    @Override
    public Batch start(int generation) {
        return new TallyBatch(generation);
    }

    /**
     * The years a batch changes: each event's change kept apart, so that it can be made on the year as this instance
     * knows it, or, if another instance wrote the year since, on the year as stored.
     */
    private final class TallyBatch implements Batch {

        private final int generation;
        private final String collection;
        private final Map<String, Changes> years = new LinkedHashMap<>();
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
            Map<String, Tally> change = new LinkedHashMap<>();
            Tally.Adder into = (year, key, amount) -> change.computeIfAbsent(department + "/" + year, id -> {
                years.computeIfAbsent(id, known -> new Changes(department, year));
                return new Tally();
            }).adder(1).add(year, key, amount);
            if (before != null && !before.withdrawn()) {
                catalog.count(before, negated(into));
            }
            if (!after.withdrawn()) {
                catalog.count(after, into);
            }
            change.forEach((id, tally) -> years.get(id).steps.add(new Step(at, tally)));
        }

        @Override
        public void write() {
            years.forEach(this::write);
            years.clear();
        }

        private void write(String id, Changes changes) {
            Map<String, Year> mirror = mirror(generation);
            Year base = mirror.get(id);
            for (int attempt = 1; ; attempt++) {
                Year next = changes.onto(base, last);
                if (next == null) {
                    return;
                }
                if (store(id, base, next)) {
                    mirror.put(id, next);
                    return;
                }
                if (attempt == 5) {
                    throw new IllegalStateException("The tally " + id + " changed under every one of 5 writes");
                }
                Document stored = mongo.getCollection(collectionOf(changes.department, generation))
                        .find(Filters.eq("_id", id)).first();
                base = stored == null ? null : stored(stored);
            }
        }

        /** Writes the year if the store still holds {@code base} (none: no document); whether it did. */
        private boolean store(String id, Year base, Year next) {
            Document stored = new Document("_id", id).append("department", next.department).append("year", next.year)
                    .append("counters", stored(next.tally.counters(next.year))).append("revision", next.revision);
            if (next.position != null) {
                SerializedObject<String> token = serializer.serialize(next.position, String.class);
                stored.append("position", token.getData()).append("positionType", token.getType().getName());
            }
            MongoCollection<Document> collection = mongo.getCollection(collectionOf(next.department, generation));
            if (base == null) {
                try {
                    collection.insertOne(stored);
                    return true;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                        return false;
                    }
                    throw e;
                }
            }
            Bson unchanged = base.revision == 0 ? Filters.exists("revision", false) : Filters.eq("revision", base.revision);
            return collection.replaceOne(Filters.and(Filters.eq("_id", id), unchanged), stored).getMatchedCount() == 1;
        }

        /**
         * Whether the generation's tallies started with its first version: marked by the first batch, complete when it
         * finds no version in the generation yet. A generation whose versions came first keeps no tallies.
         */
        private boolean keptFromTheStart() {
            if (kept == null) {
                Boolean marked = YearTallies.this.keptFromTheStart(generation);
                if (marked == null) {
                    boolean complete = !versionsExist();
                    try {
                        mongo.getCollection(collection).insertOne(new Document("_id", KEPT).append(COMPLETE, complete));
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                            throw e;
                        }
                    }
                    marked = YearTallies.this.keptFromTheStart(generation);
                    if (!Boolean.TRUE.equals(marked)) {
                        log.warn("The record versions in {} were made before figures were kept as events arrive; "
                                + "figures are computed from the versions until `bin/suite rebuild`", collection);
                    }
                }
                kept = Boolean.TRUE.equals(marked);
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

    /** One event's change of a year, and where the processor was after it (none outside event processing). */
    private record Step(TrackingToken at, Tally change) {
    }

    /** What a batch changes in one year, event by event. */
    private static final class Changes {

        private final String department;
        private final int year;
        private final List<Step> steps = new ArrayList<>();

        Changes(String department, int year) {
            this.department = department;
            this.year = year;
        }

        /**
         * The year with the changes its position does not cover yet (a batch processed again changes nothing twice),
         * at the batch's last position; none if nothing changes.
         */
        Year onto(Year base, TrackingToken last) {
            Tally tally = new Tally();
            if (base != null) {
                tally.put(year, base.tally.counters(year));
            }
            boolean changed = false;
            for (Step step : steps) {
                if (step.at() == null || base == null || base.position == null || !base.position.covers(step.at())) {
                    step.change().counters(year).forEach((key, amount) -> tally.adder(1).add(year, key, amount));
                    changed = true;
                }
            }
            if (!changed) {
                return null;
            }
            return new Year(department, year, tally, last != null ? last : base == null ? null : base.position,
                    base == null ? 1 : base.revision + 1);
        }
    }

    /** A year as stored: its counters, the processor's position at its last write, and how often it was written. */
    private record Year(String department, int year, Tally tally, TrackingToken position, long revision) {
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
