package ruleoflaw.ledger.reporting.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.types.Binary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A batch's versions of one partition as one document, a page (several past {@link #MOST} versions): the versions as
 * one JSON text in UTF-8, binary (the driver copies it whole; as a string it encoded the text a character at a time, a
 * tenth of a replay's CPU), with the span of their recording times to select pages by. The read model's server then
 * stores, indexes and sends one document where it handled one per version, field by field (a replay's writes cost it
 * one core at 8,100 events/s). A page's id names its first and last version, so the same batch projected again is the
 * same page; a page that overlaps another after a crash repeats versions, which reading keeps once. Partitions written
 * before pages keep their documents of one version each; those and pages written as strings are read as before.
 */
public final class VersionPages {

    static final String VERSIONS = "versions";
    static final String FROM = "recordedFrom";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<RecordVersion>> LIST = new TypeReference<>() {
    };

    private VersionPages() {
    }

    /**
     * The most versions a page holds (about 1 KB each): a batch's versions of a partition beyond it make several pages,
     * so a page stays well under a document's 16 MB and a read's reply of {@code LedgerRecords.READ_BATCH} pages
     * under the embedded server's 48 MB, however large the processor's batches.
     */
    static final int MOST = 500;

    /** The versions as pages of at most {@link #MOST}, in order. */
    static List<Document> pages(List<RecordVersion> versions) {
        List<Document> pages = new ArrayList<>();
        for (int from = 0; from < versions.size(); from += MOST) {
            pages.add(page(versions.subList(from, Math.min(versions.size(), from + MOST))));
        }
        return pages;
    }

    static Document page(List<RecordVersion> versions) {
        try {
            return new Document("_id", versions.get(0).id() + "/" + versions.get(versions.size() - 1).id())
                    .append(FROM, Date.from(versions.stream().map(RecordVersion::recordedAt).min(Comparator.naturalOrder())
                            .orElse(Instant.EPOCH)))
                    .append(VERSIONS, new Binary(JSON.writeValueAsBytes(versions)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions a document holds: a page's (binary, or a string if written before), or a document's of one. */
    public static void versions(Document document, Consumer<RecordVersion> into) {
        Object page = document.get(VERSIONS);
        try {
            List<RecordVersion> versions = page instanceof Binary json ? JSON.readValue(json.getData(), LIST)
                    : page instanceof String json ? JSON.readValue(json, LIST)
                    : List.of(RecordVersionDocuments.Reading.INSTANCE.convert(document));
            versions.forEach(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
