package ruleoflaw.ledger.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;

/**
 * The answer deadlines of disclosure applications as gauges: pending are the upcoming and paused ones, overdue the
 * missed ones, as {@code GET /api/disclosure/deadlines} lists them.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class DisclosureMetricsTest extends RecordsApiSupport {

    @Override
    protected String recorder() {
        return "公开度量员";
    }

    @Test
    void pendingAndOverdueAnswersAreGauges() {
        recorded(DisclosureApplicationsApiTest.APPLICATIONS, DisclosureApplicationsApiTest.body("2024-03-04",
                "NATURAL_PERSON", "申请公开2024年专利资助名单"));
        recorded(DisclosureApplicationsApiTest.APPLICATIONS, DisclosureApplicationsApiTest.body(
                today().toString(), "COMMERCIAL_ENTERPRISE", "申请公开高新技术企业认定材料"));

        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            Map<String, Object> listed = get("/api/disclosure/deadlines").getBody();
            String scrape = http.getForEntity("/actuator/prometheus", String.class).getBody();
            int overdue = ((List) listed.get("overdue")).size();
            int pending = ((List) listed.get("upcoming")).size() + ((List) listed.get("paused")).size();
            assertThat(overdue).isPositive();
            assertThat(pending).isPositive();
            assertThat(scrape).contains("ledger_deadlines_overdue{application=\"disclosure-service\",context=\"disclosure\",kind=\"disclosure-answer\"} "
                    + (double) overdue + "\n");
            assertThat(scrape).contains("ledger_deadlines_pending{application=\"disclosure-service\",context=\"disclosure\",kind=\"disclosure-answer\"} "
                    + (double) pending + "\n");
        });
    }
}
