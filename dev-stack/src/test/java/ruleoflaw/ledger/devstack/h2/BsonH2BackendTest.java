package ruleoflaw.ledger.devstack.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class BsonH2BackendTest {

    /** The plain backend's map of the versions' _id index. */
    private static final String ID_INDEX = "ledger.reporting_record_versions_y2024._index__id_";

    @TempDir
    Path data;

    @Test
    void keepsDocumentsAndRefusesDuplicateKeysAcrossRestarts() {
        String file = data.resolve("ledger.mv").toString();
        with(new BsonH2Backend(file), versions -> {
            versions.createIndex(Indexes.ascending("recordId", "version"), new IndexOptions().unique(true));
            versions.insertMany(versions(0, 500));
        });
        with(new BsonH2Backend(file), versions -> {
            assertThat(versions.countDocuments()).isEqualTo(500);
            assertThat(versions.find(Filters.eq("_id", "event-42")).first())
                    .containsEntry("title", "学习《宪法》第 42 次").containsEntry("version", 42L)
                    .containsEntry("facts", new Document("人数", 42).append("topics", List.of("宪法", "民法典")))
                    .containsEntry("recordedAt", java.util.Date.from(Instant.parse("2024-03-01T08:00:00Z")));
            assertDuplicate(() -> versions.insertOne(version(42).append("recordId", "other")));
            assertDuplicate(() -> versions.insertOne(version(43).append("_id", "event-new")));
            versions.insertOne(version(500));
            assertThat(versions.find(Filters.eq("_id", "event-500")).first()).containsEntry("version", 500L);
        });
    }

    @Test
    void opensAFileThePlainBackendWroteAndCarriesItsIndexesOver() {
        String file = data.resolve("plain.mv").toString();
        with(new H2Backend(file), versions -> {
            versions.createIndex(Indexes.ascending("recordId", "version"), new IndexOptions().unique(true));
            versions.insertMany(versions(0, 200));
        });
        with(new BsonH2Backend(file), versions -> {
            assertThat(versions.countDocuments()).isEqualTo(200);
            assertThat(versions.find(Filters.eq("_id", "event-7")).first()).containsEntry("title", "学习《宪法》第 7 次");
            assertDuplicate(() -> versions.insertOne(version(7).append("recordId", "other")));
            assertDuplicate(() -> versions.insertOne(version(8).append("_id", "event-new")));
            versions.insertMany(versions(200, 300));
        });
        try (MVStore store = MVStore.open(file)) {
            assertThat(store.getMapNames()).contains(ID_INDEX + ".by-value").doesNotContain(ID_INDEX);
        }
        with(new BsonH2Backend(file), versions -> {
            assertThat(versions.countDocuments()).isEqualTo(300);
            assertThat(versions.find(Filters.eq("_id", "event-7")).first()).containsEntry("version", 7L);
            assertThat(versions.find(Filters.eq("_id", "event-250")).first()).containsEntry("version", 250L);
            assertDuplicate(() -> versions.insertOne(version(250)));
        });
    }

    @Test
    void aDroppedCollectionComesBackWithoutItsKeys() {
        String file = data.resolve("dropped.mv").toString();
        with(new BsonH2Backend(file), versions -> {
            versions.insertMany(versions(0, 50));
            versions.drop();
            versions.insertMany(versions(0, 50));
            assertThat(versions.countDocuments()).isEqualTo(50);
        });
        with(new BsonH2Backend(file), versions -> {
            assertThat(versions.countDocuments()).isEqualTo(50);
            assertDuplicate(() -> versions.insertOne(version(49)));
        });
    }

    private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            use.accept(client.getDatabase("ledger").getCollection("reporting_record_versions_y2024"));
        } finally {
            server.shutdown();
        }
    }

    private static void assertDuplicate(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static List<Document> versions(int from, int to) {
        List<Document> versions = new ArrayList<>();
        for (int i = from; i < to; i++) {
            versions.add(version(i));
        }
        return versions;
    }

    private static Document version(int i) {
        return new Document(Map.of("_id", "event-" + i, "recordId", "record-" + i % 50, "version", (long) i,
                "title", "学习《宪法》第 " + i + " 次", "recordedAt", java.util.Date.from(Instant.parse("2024-03-01T08:00:00Z")),
                "facts", new Document("人数", i).append("topics", List.of("宪法", "民法典"))));
    }
}
