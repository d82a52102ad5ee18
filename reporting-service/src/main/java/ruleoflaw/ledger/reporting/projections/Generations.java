package ruleoflaw.ledger.reporting.projections;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Which generation of the reporting projections' collections answers queries. The first generation keeps the
 * collections' own names; a rebuild fills generation n + 1 ({@code <name>_g<n+1>}) beside the active one and then
 * activates it with one document update, so every projection switches at once. Read once at start and kept in
 * memory: one reporting-service instance runs the projections and switches generations.
 */
@Component
public class Generations {

    static final String COLLECTION = "reporting_generations";
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;
    private volatile int active;

    Generations(MongoTemplate mongo) {
        this.mongo = mongo;
        Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", ACTIVE)).first();
        this.active = stored == null ? 1 : stored.getInteger("generation");
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
