package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** The defence deadlines as gauges: every department's, the same counts as {@code GET /api/litigation/deadlines/by-department}. */
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
            Map<String, Map<String, Integer>> byDepartment = http.exchange("/api/litigation/deadlines/by-department",
                    HttpMethod.GET, new HttpEntity<>(TestGateway.inDepartment("default", true, "区依法治区办",
                            "supervisor")), Map.class).getBody();
            String scrape = http.getForEntity("/actuator/prometheus", String.class).getBody();
            assertThat(((List) listed.get("overdue"))).isNotEmpty();
            assertThat(((List) listed.get("upcoming"))).isNotEmpty();
            int overdue = byDepartment.values().stream().mapToInt(counts -> counts.get("overdue")).sum();
            int upcoming = byDepartment.values().stream().mapToInt(counts -> counts.get("pending")).sum();
            assertThat(scrape).contains("ledger_deadlines_overdue{application=\"litigation-service\",context=\"litigation\",kind=\"defence\"} "
                    + (double) overdue + "\n");
            assertThat(scrape).contains("ledger_deadlines_pending{application=\"litigation-service\",context=\"litigation\",kind=\"defence\"} "
                    + (double) upcoming + "\n");
        });
    }
}
