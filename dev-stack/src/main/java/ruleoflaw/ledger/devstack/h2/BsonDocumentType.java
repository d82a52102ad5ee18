package ruleoflaw.ledger.devstack.h2;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Documents stored as BSON, the form they came in on the wire, behind a tag of their own; anything else, and documents
 * in a file written before, as H2's {@link ObjectDataType} writes and reads them (Java serialization for documents).
 */
final class BsonDocumentType extends ObjectDataType {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();
    private static final byte BSON_DOCUMENT = 127;

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof Document document) {
            TaggedBson.write(buffer, BSON_DOCUMENT, TaggedBson.encode(document));
        } else {
            super.write(buffer, value);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return TaggedBson.next(buffer, BSON_DOCUMENT) ? TaggedBson.read(buffer) : super.read(buffer);
    }

    /** An estimate for H2's cache, without encoding the document. */
    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? estimate(value) : super.getMemory(value);
    }

    private static int estimate(Object value) {
        if (value instanceof CharSequence text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof BinData binary) {
            // counted as 24 bytes, reporting's pages of versions (half a megabyte each) filled the cache past the heap
            return 40 + binary.getData().length;
        }
        if (value instanceof Collection<?> values) {
            int size = 40;
            for (Object element : values) {
                size += 8 + estimate(element);
            }
            return size;
        }
        return 24;
    }
}
