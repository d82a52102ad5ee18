package ruleoflaw.ledger.reporting.records;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Record versions to and from their documents, field by field: Spring Data's reflective mapping cost more per
 * version than the rest of a read or a write (a year's first figures at a million events read 180,000 versions).
 * The documents are those Spring Data wrote before; one written before the id was the position has the event id
 * as its id only.
 */
final class RecordVersionDocuments {

    private RecordVersionDocuments() {
    }

    @WritingConverter
    enum Writing implements Converter<RecordVersion, Document> {
        INSTANCE;

        @Override
        public Document convert(RecordVersion version) {
            Document document = new Document("_id", version.id());
            document.put("eventId", version.eventId());
            document.put("recordId", version.recordId());
            document.put("type", version.type());
            document.put("version", version.version());
            document.put("businessDate", version.businessDate());
            document.put("year", version.year());
            document.put("recordedAt", version.recordedAt() == null ? null : Date.from(version.recordedAt()));
            document.put("recordedBy", version.recordedBy());
            document.put("correlationId", version.correlationId());
            document.put("change", version.change());
            document.put("reason", version.reason());
            document.put("withdrawn", version.withdrawn());
            document.put("title", version.title());
            document.put("facts", version.facts());
            if (version.department() != null) {
                document.put("department", version.department());
            }
            return document;
        }
    }

    @ReadingConverter
    enum Reading implements Converter<Document, RecordVersion> {
        INSTANCE;

        @Override
        @SuppressWarnings("unchecked")
        public RecordVersion convert(Document document) {
            Date recordedAt = document.getDate("recordedAt");
            Object facts = plain(document.get("facts"));
            return new RecordVersion(document.getString("eventId"), document.getString("recordId"),
                    document.getString("type"), number(document.get("version")), document.getString("businessDate"),
                    (int) number(document.get("year")), recordedAt == null ? null : recordedAt.toInstant(),
                    document.getString("recordedBy"), document.getString("correlationId"), document.getString("change"),
                    document.getString("reason"), Boolean.TRUE.equals(document.get("withdrawn")),
                    document.getString("title"), (Map<String, Object>) facts, String.valueOf(document.get("_id")),
                    document.getString("department"));
        }

        private static long number(Object value) {
            return value instanceof Number number ? number.longValue() : 0;
        }

        /** Nested documents as plain maps, as the record's details were before they were stored. */
        private static Object plain(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, field) -> copy.put(String.valueOf(key), plain(field)));
                return copy;
            }
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(element -> copy.add(plain(element)));
                return copy;
            }
            return value;
        }
    }
}
