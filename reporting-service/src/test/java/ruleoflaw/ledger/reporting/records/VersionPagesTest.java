package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

class VersionPagesTest {

    /** A batch of 2,000 events may hold more versions of one partition than a page keeps. */
    @Test
    void aBatchsVersionsOfOnePartitionBeyondAPageAreSeveralPagesReadBackWhole() {
        List<RecordVersion> versions = IntStream.range(0, VersionPages.MOST * 2 + 200)
                .mapToObj(VersionPagesTest::session).toList();

        List<Document> pages = VersionPages.pages(versions);

        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(page -> page.get("_id")).doesNotHaveDuplicates();
        List<RecordVersion> read = new ArrayList<>();
        pages.forEach(page -> VersionPages.versions(page, read::add));
        assertThat(read).isEqualTo(versions);
    }

    @Test
    void aPageHoldsItsVersionsAsUtf8JsonInBinaryAndAPageWrittenAsAStringIsStillRead() {
        List<RecordVersion> versions = List.of(session(1), session(2));

        Document page = VersionPages.page(versions);

        assertThat(page.get(VersionPages.VERSIONS)).isInstanceOf(Binary.class);
        String json = new String(((Binary) page.get(VersionPages.VERSIONS)).getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("学习《中华人民共和国宪法》第1次");
        Document before = new Document(page).append(VersionPages.VERSIONS, json);
        List<RecordVersion> read = new ArrayList<>();
        VersionPages.versions(before, read::add);
        VersionPages.versions(page, read::add);
        assertThat(read).containsExactly(session(1), session(2), session(1), session(2));
    }

    private static RecordVersion session(int n) {
        return new RecordVersion("event-" + n, "record-" + n, "study.session", 0, "2024-03-01", 2024,
                Instant.parse("2024-03-02T08:00:00Z").plusSeconds(n), "法制科", "corr-" + n, "recorded", null, false,
                "学习《中华人民共和国宪法》第" + n + "次", Map.of("kind", "GROUP_STUDY", "participants", 12)).at(1000 + n);
    }
}
