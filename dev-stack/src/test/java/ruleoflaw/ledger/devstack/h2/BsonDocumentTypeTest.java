package ruleoflaw.ledger.devstack.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;

class BsonDocumentTypeTest {

    /** H2 keeps as many documents in its cache as their estimates allow: an estimate far too low ran out of heap. */
    @Test
    void aDocumentIsEstimatedAtLeastAsLargeAsItsBinaryAndTextValues() {
        byte[] page = new byte[500_000];
        Document binary = new Document("_id", "v1/v500").append("versions", new BinData(page));
        Document text = new Document("_id", "v1/v500").append("versions", "学".repeat(250_000));

        assertThat(BsonDocumentType.INSTANCE.getMemory(binary)).isGreaterThan(page.length);
        assertThat(BsonDocumentType.INSTANCE.getMemory(text)).isGreaterThan(500_000);
    }
}
