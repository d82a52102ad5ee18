package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class RecordVersionDocumentsTest {

    private static final RecordVersion SESSION = new RecordVersion("event-1", "record-1", "study.session", 2, "2024-03-01",
            2024, Instant.parse("2024-03-02T08:00:00.123Z"), "法制科", "corr-1", "corrected", "人数录错", false,
            "学习《中华人民共和国宪法》", Map.of("kind", "GROUP_STUDY", "participants", 12,
                    "laws", List.of("中华人民共和国宪法", "民法典"), "place", Map.of("room", "三楼会议室", "floor", 3)))
            .at(4711);

    @Test
    void aVersionComesBackAsItWasWritten() {
        Document written = RecordVersionDocuments.Writing.INSTANCE.convert(SESSION);

        assertThat(written.get("_id")).isEqualTo("0000000000000004711:event-1");
        assertThat(written.get("recordedAt")).isEqualTo(Date.from(SESSION.recordedAt()));
        assertThat(RecordVersionDocuments.Reading.INSTANCE.convert(written)).isEqualTo(SESSION);
    }

    @Test
    void aVersionStoredBeforeTheIdWasThePositionHasItsEventIdAsId() {
        Document stored = RecordVersionDocuments.Writing.INSTANCE.convert(SESSION);
        stored.remove("eventId");
        stored.put("_id", "event-1");
        stored.put("_class", RecordVersion.class.getName());

        RecordVersion read = RecordVersionDocuments.Reading.INSTANCE.convert(stored);

        assertThat(read.eventId()).isEqualTo("event-1");
        assertThat(read.id()).isEqualTo("event-1");
        assertThat(read.facts()).isEqualTo(SESSION.facts());
        assertThat(read.fact("place")).isInstanceOf(Map.class).isNotInstanceOf(Document.class);
    }
}
