package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
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

    private static RecordVersion session(int n) {
        return new RecordVersion("event-" + n, "record-" + n, "study.session", 0, "2024-03-01", 2024,
                Instant.parse("2024-03-02T08:00:00Z").plusSeconds(n), "法制科", "corr-" + n, "recorded", null, false,
                "学习《中华人民共和国宪法》第" + n + "次", Map.of("kind", "GROUP_STUDY", "participants", 12)).at(1000 + n);
    }
}
