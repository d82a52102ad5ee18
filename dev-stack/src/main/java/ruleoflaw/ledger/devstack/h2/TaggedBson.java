package ruleoflaw.ledger.devstack.h2;

import java.nio.ByteBuffer;
import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** A BSON document in an H2 page, behind a one-byte tag that H2's own object types do not use (theirs end at 119). */
final class TaggedBson {

    private TaggedBson() {
    }

    /** The document's BSON; fails on a value BSON has no form for. */
    static byte[] encode(Map<String, ?> document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }

    static void write(WriteBuffer buffer, byte tag, byte[] bson) {
        buffer.put(tag).putVarInt(bson.length).put(bson);
    }

    /** Whether the next value in {@code buffer} is a document behind {@code tag}. */
    static boolean next(ByteBuffer buffer, byte tag) {
        return buffer.get(buffer.position()) == tag;
    }

    /** Reads the tagged document {@link #next} found. */
    static Document read(ByteBuffer buffer) {
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
