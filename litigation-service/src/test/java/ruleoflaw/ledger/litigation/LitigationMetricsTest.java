package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;

/** The defence deadlines as gauges: the same counts as {@code GET /api/litigation/deadlines}. */
@SuppressWarnings({"unchecked", "rawtypes"})
class LitigationMetricsTest extends RecordsApiSupport {

    @Override
    protected String recorder() {
        return "法务度量员";
    }

    @Test
    void pendingAndOverdueDefencesAreGauges() {
        recorded(LitigationRecordsApiTest.CASES, LitigationRecordsApiTest.caseBody("(2025)渝0107行初901号",
                today().minusDays(25).toString()));
        recorded(LitigationRecordsApiTest.CASES, LitigationRecordsApiTest.caseBody("(2025)渝0107行初902号",
                today().toString()));

        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            Map<String, Object> listed = get("/api/litigation/deadlines").getBody();
            String scrape = http.getForEntity("/actuator/prometheus", String.class).getBody();
            int overdue = ((List) listed.get("overdue")).size();
            int upcoming = ((List) listed.get("upcoming")).size();
            assertThat(overdue).isPositive();
            assertThat(upcoming).isPositive();
            assertThat(scrape).contains("ledger_deadlines_overdue{application=\"litigation-service\",context=\"litigation\",kind=\"defence\"} "
                    + (double) overdue + "\n");
            assertThat(scrape).contains("ledger_deadlines_pending{application=\"litigation-service\",context=\"litigation\",kind=\"defence\"} "
                    + (double) upcoming + "\n");
        });
    }
}
