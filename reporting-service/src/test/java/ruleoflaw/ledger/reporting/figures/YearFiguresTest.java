package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.reporting.records.LedgerRecords;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The figures as known now are kept between requests, and computed again as soon as a version of the department is
 * written.
 */
@LedgerServiceTest
class YearFiguresTest {

    private static final int YEAR = 2039;

    @Autowired
    YearFigures figures;
    @Autowired
    LedgerRecords records;

    @Test
    void theFiguresAsKnownNowFollowEveryWrittenVersion() {
        Number before = figures.current("default", YEAR).get("study.sessions.collective");
        assertThat(figures.current("default", YEAR)).isSameAs(figures.current("default", YEAR));

        String id = UUID.randomUUID().toString();
        records.store(session(id, 0, false));
        assertThat(figures.current("default", YEAR).get("study.sessions.collective").longValue()).isEqualTo(before.longValue() + 1);

        records.store(session(id, 1, true));
        assertThat(figures.current("default", YEAR).get("study.sessions.collective").longValue()).isEqualTo(before.longValue());
        assertThat(figures.asOf("default", YEAR, null, Instant.now())).isEqualTo(figures.asOf("default", YEAR, Instant.now()));
    }

    @Test
    void aWriteInOneDepartmentLeavesTheOthersFiguresAsTheyWereKept() {
        Map<String, Number> justice = figures.current("sfj-cache", YEAR);
        Number science = figures.current("kjj-cache", YEAR).get("study.sessions.collective");

        records.store(session(UUID.randomUUID().toString(), 0, false).inDepartment("kjj-cache"));

        assertThat(figures.current("sfj-cache", YEAR)).as("kept, not computed again").isSameAs(justice);
        assertThat(figures.current("kjj-cache", YEAR).get("study.sessions.collective").longValue())
                .isEqualTo(science.longValue() + 1);
    }

    private static RecordVersion session(String id, long version, boolean withdrawn) {
        return new RecordVersion(id + "/" + version, id, "study.session", version, YEAR + "-04-01", YEAR,
                Instant.now().minusSeconds(60 - version), "法制科", "c-" + id, withdrawn ? "withdrawn" : "recorded", null,
                withdrawn, "集中学习宪法", Map.of("kind", "COLLECTIVE_STUDY", "title", "集中学习宪法"));
    }
}
