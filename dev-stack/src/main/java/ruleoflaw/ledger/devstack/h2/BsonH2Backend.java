package ruleoflaw.ledger.devstack.h2;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 store, with two costs taken out that grow with the data. As shipped it writes every document
 * with Java serialization, and compares unique-index keys by Java-serializing both sides on every step of a B-tree
 * search (three searches per insert); here documents are written as BSON ({@link BsonDocumentType}) and index keys
 * are compared by value ({@link IndexKeyType}). Files written by the plain backend open as they are: documents in the
 * old form are read as before, and each unique index is copied once into a map ordered by value.
 */
public class BsonH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(BsonH2Backend.class);
    private static final String DOCUMENTS = "databases.";
    private static final String META = "meta.";
    /** Suffix of the index maps ordered by value, beside the plain backend's name for the same index. */
    private static final String BY_VALUE = ".by-value";

    public BsonH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens collections and indexes through the methods
     * overridden here, before a field of a subclass is set, and the enclosing backend (which holds the store) is set
     * before that constructor runs.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(DOCUMENTS + namespace,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            MVMap<String, Object> meta = getMvStore().openMap(META + namespace);
            return new H2Collection(this, collectionName, options, documents, meta, getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            String plainName = plainIndexName(collectionName, indexName);
            MVMap<KeyValue, Object> byValue = getMvStore().openMap(plainName + BY_VALUE,
                    new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
            if (getMvStore().hasMap(plainName)) {
                MVMap<KeyValue, Object> plain = getMvStore().openMap(plainName);
                log.info("Copying index {} ({} keys) into a map ordered by value", plainName, plain.sizeAsLong());
                plain.forEach(byValue::putIfAbsent);
                getMvStore().removeMap(plain);
            }
            return new UniqueIndexByValue(byValue, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String name = plainIndexName(collection.getCollectionName(), indexName) + BY_VALUE;
            if (getMvStore().hasMap(name)) {
                getMvStore().removeMap(name);
            }
        }

        /** The name the plain backend gives an index's map. */
        private String plainIndexName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
