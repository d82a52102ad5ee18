package ruleoflaw.ledger.reporting.projections;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Which generation of the reporting projections' collections answers queries. The first generation keeps the
 * collections' own names; a rebuild fills generation n + 1 ({@code <name>_g<n+1>}) beside the active one and then
 * activates it with one document update, so every projection switches at once. The document is shared by every
 * reporting-service instance: each keeps its value in memory and reads it again every second or so
 * ({@link RebuildFollower}), so an instance answers from the new generation at most a poll after another one switched.
 */
@Component
public class Generations {

    static final String COLLECTION = "reporting_generations";
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;
    private volatile int active;

    Generations(MongoTemplate mongo) {
        this.mongo = mongo;
        this.active = stored();
    }

    /** Reads the shared document again (another instance may have switched); the generation now active. */
    int refresh() {
        active = stored();
        return active;
    }

    private int stored() {
        Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", ACTIVE)).first();
        return stored == null ? 1 : stored.getInteger("generation");
    }

    /** The generation queries read and the live processors write. */
    public int active() {
        return active;
    }

    /** The active generation's name of {@code collection} (given by its first-generation name). */
    public String active(String collection) {
        return collection(collection, active);
    }

    /** The name of {@code collection} (its first-generation name) in {@code generation}. */
    public static String collection(String collection, int generation) {
        return generation == 1 ? collection : collection + "_g" + generation;
    }

    /** The switch: from now on {@code generation} answers. */
    void activate(int generation) {
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", ACTIVE),
                new Document("_id", ACTIVE).append("generation", generation), new ReplaceOptions().upsert(true));
        active = generation;
    }
}
