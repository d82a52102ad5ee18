package ruleoflaw.ledger.reporting.projections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.platform.processing.Liveness;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import ruleoflaw.ledger.reporting.projections.RebuildProgress.Phase;

/**
 * The latest rebuild as every reporting-service instance sees it: one document in {@value #COLLECTION}, written by
 * the instance that runs the rebuild (phase, progress, error, and a heartbeat several times a second) and read by
 * every instance, for progress requests and by {@link RebuildFollower} for the switch. Starting a rebuild is one
 * conditional update of that document, so one rebuild runs at a time across instances. A run whose heartbeat is older
 * than {@code ledger.reporting.rebuild.stale-after} lost its instance: it counts as failed, and a new one may start.
 * Heartbeats are on the machine's time ({@link Liveness}), not the ledger's clock.
 */
@Component
class RebuildRuns {

    static final String COLLECTION = "reporting_rebuilds";
    /** The instances that follow the rebuilds, each with when it last looked: a switch waits for each one's pause. */
    static final String INSTANCES = "reporting_instances";
    static final String ID = "latest";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration staleAfter;

    RebuildRuns(MongoTemplate mongo, Clock clock,
            @Value("${ledger.reporting.rebuild.stale-after:PT10S}") Duration staleAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** One run as stored. */
    record Stored(String runId, int generation, Phase phase, String instance, String startedBy, Instant startedAt,
            Instant finishedAt, long tail, long head, long processed, double rate, String error, Instant heartbeat,
            List<String> paused) {

        boolean finished() {
            return phase.finished();
        }
    }

    /**
     * Claims the rebuild for a new run into {@code generation}: only when none runs (or the one that ran lost its
     * instance). Returns whether this call got it.
     */
    boolean claim(String runId, int generation, String instance, String startedBy) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", ID).append("phase", Phase.IDLE.name()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Bson over = Filters.or(Filters.in("phase", Phase.IDLE.name(), Phase.DONE.name(), Phase.FAILED.name()),
                Filters.lt("heartbeat", Date.from(Liveness.now().minus(staleAfter))));
        Document claimed = mongo.getCollection(COLLECTION).findOneAndUpdate(Filters.and(Filters.eq("_id", ID), over),
                Updates.combine(Updates.set("runId", runId), Updates.set("generation", generation),
                        Updates.set("phase", Phase.REPLAYING.name()), Updates.set("instance", instance),
                        Updates.set("startedBy", startedBy), Updates.set("startedAt", Date.from(clock.instant())),
                        Updates.set("finishedAt", null), Updates.set("tail", -1L), Updates.set("head", -1L),
                        Updates.set("processed", 0L), Updates.set("rate", 0.0), Updates.set("error", null),
                        Updates.set("heartbeat", Date.from(Liveness.now())), Updates.set("paused", List.of())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return claimed != null && runId.equals(claimed.getString("runId"));
    }

    /** Writes the run's state and heartbeat; nothing if another run took the document over meanwhile. */
    void update(String runId, Bson... changes) {
        Bson[] all = Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = Updates.set("heartbeat", Date.from(Liveness.now()));
        mongo.getCollection(COLLECTION).updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("runId", runId)),
                Updates.combine(all));
    }

    /** This instance stopped its live processors for the run's switch. */
    void paused(String runId, String instance) {
        mongo.getCollection(COLLECTION).updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("runId", runId)),
                Updates.addToSet("paused", instance));
    }

    /** The instance is there, following the rebuilds (every poll). */
    void present(String instance) {
        mongo.getCollection(INSTANCES).replaceOne(Filters.eq("_id", instance),
                new Document("_id", instance).append("seen", Date.from(Liveness.now())), new ReplaceOptions().upsert(true));
    }

    /** The instance stops: a switch no longer waits for it. */
    void gone(String instance) {
        mongo.getCollection(INSTANCES).deleteOne(Filters.eq("_id", instance));
    }

    /** The instances seen lately: those that did not stop or stop answering. */
    Set<String> present() {
        Set<String> present = new TreeSet<>();
        mongo.getCollection(INSTANCES)
                .find(Filters.gte("seen", Date.from(Liveness.now().minus(staleAfter))))
                .forEach(instance -> present.add(instance.getString("_id")));
        return present;
    }

    /** The latest run, if one was ever started; one whose instance stopped answering shows as failed. */
    Optional<Stored> latest() {
        Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", ID)).first();
        if (stored == null || stored.getString("runId") == null) {
            return Optional.empty();
        }
        Phase phase = Phase.valueOf(stored.getString("phase"));
        Instant heartbeat = instant(stored, "heartbeat");
        String error = stored.getString("error");
        Instant finishedAt = instant(stored, "finishedAt");
        if (!phase.finished() && heartbeat != null
                && heartbeat.isBefore(Liveness.now().minus(staleAfter))) {
            phase = Phase.FAILED;
            error = "the instance running it (" + stored.getString("instance") + ") stopped answering at " + heartbeat;
            finishedAt = heartbeat;
        }
        return Optional.of(new Stored(stored.getString("runId"), stored.getInteger("generation"), phase,
                stored.getString("instance"), stored.getString("startedBy"), instant(stored, "startedAt"), finishedAt,
                number(stored, "tail"), number(stored, "head"), number(stored, "processed"),
                stored.get("rate") instanceof Number rate ? rate.doubleValue() : 0, error, heartbeat,
                stored.getList("paused", String.class, List.of())));
    }

    private static Instant instant(Document stored, String field) {
        Date date = stored.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long number(Document stored, String field) {
        return stored.get(field) instanceof Number number ? number.longValue() : -1;
    }
}
