package ruleoflaw.ledger.devstack.h2;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Unique-index keys ordered by value, field by field as MongoDB orders them, and stored as a small BSON document
 * behind a tag of their own. A key BSON cannot hold (a field that is missing) is stored as {@link ObjectDataType}
 * stores it, and so are the keys of a file written before.
 */
final class IndexKeyType extends ObjectDataType {

    static final IndexKeyType INSTANCE = new IndexKeyType();
    /** A tag ObjectDataType does not use (its own end at 119). */
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
        buffer.put(BSON_KEY).putVarInt(bson.length).put(bson);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_KEY) {
            return super.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return new KeyValue(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson)).values());
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
        ByteBuf bson = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(fields, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } catch (RuntimeException noBsonForm) {
            return null;
        } finally {
            bson.release();
        }
    }
}
