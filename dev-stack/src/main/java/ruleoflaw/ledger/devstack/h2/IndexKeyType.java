package ruleoflaw.ledger.devstack.h2;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Unique-index keys ordered by value, field by field as MongoDB orders them, and stored as a small BSON document
 * behind a tag of their own. A key BSON cannot hold (a field that is missing) is stored as {@link ObjectDataType}
 * stores it, and so are the keys of a file written before.
 */
final class IndexKeyType extends ObjectDataType {

    static final IndexKeyType INSTANCE = new IndexKeyType();
    private static final byte BSON_KEY = 126;
    private static final ValueComparator ORDER = ValueComparator.asc();

    private IndexKeyType() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int fields = Math.min(left.size(), right.size());
            for (int i = 0; i < fields; i++) {
                int order = ORDER.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte[] bson = value instanceof KeyValue key ? bson(key) : null;
        if (bson == null) {
            super.write(buffer, value);
            return;
        }
        TaggedBson.write(buffer, BSON_KEY, bson);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return TaggedBson.next(buffer, BSON_KEY) ? new KeyValue(TaggedBson.read(buffer).values()) : super.read(buffer);
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof KeyValue key ? 48 + 64 * key.size() : super.getMemory(value);
    }

    /** The key's fields as a document "0", "1", … in BSON, or null when one of them has no BSON form. */
    private static byte[] bson(KeyValue key) {
        Document fields = new Document();
        for (int i = 0; i < key.size(); i++) {
            if (key.get(i) instanceof Missing) {
                return null;
            }
            fields.put(String.valueOf(i), key.get(i));
        }
        try {
            return TaggedBson.encode(fields);
        } catch (RuntimeException noBsonForm) {
            return null;
        }
    }
}
