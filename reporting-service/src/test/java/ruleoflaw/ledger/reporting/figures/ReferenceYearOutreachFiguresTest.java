package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.BriefingRecorded;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesRecorded;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitRecorded;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.platform.testing.LedgerSample;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * The reference year's outreach sample (the {@code outreach.*} lines of {@code samples/kjj-2024.jsonl}) as the events outreach-service makes
 * of it gives exactly the outreach figures of {@code kjj-2024-figures.json}, the contest's seven consecutive years included (its
 * editions of 2018–2023 count in their own years). The only test of this JVM that records in 2018–2024.
 */
@LedgerServiceTest
class ReferenceYearOutreachFiguresTest {

    private record Kind(String aggregate, Class<? extends RecordDetails> details,
            BiFunction<String, RecordDetails, Object> event) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "outreach.event", new Kind("CampaignEvent", CampaignEventDetails.class,
                    (id, d) -> new CampaignEventRecorded(id, (CampaignEventDetails) d)),
            "outreach.contestSeries", new Kind("ContestSeries", ContestSeriesDetails.class,
                    (id, d) -> new ContestSeriesRecorded(id, (ContestSeriesDetails) d)),
            "outreach.contestEdition", new Kind("ContestEdition", ContestEditionDetails.class,
                    (id, d) -> new ContestEditionRecorded(id, (ContestEditionDetails) d)),
            "outreach.briefing", new Kind("Briefing", BriefingDetails.class,
                    (id, d) -> new BriefingRecorded(id, (BriefingDetails) d)),
            "outreach.visit", new Kind("EnterpriseVisit", EnterpriseVisitDetails.class,
                    (id, d) -> new EnterpriseVisitRecorded(id, (EnterpriseVisitDetails) d)));

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ObjectMapper json;

    @Test
    void theReferenceSampleGivesTheExpectedOutreachFigures() throws IOException {
        for (ObjectNode record : LedgerSample.lines("outreach.")) {
            Kind kind = KINDS.get(record.remove("type").asText());
            String id = record.remove("id").asText(); // the line's id is the record's id, as bin/suite import makes it
            RecordDetails details = json.treeToValue(record, kind.details());
            transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(kind.aggregate(),
                    id, 0, kind.event().apply(id, details), MetaData.with("recordedBy", "普法专员"))));
        }
        Map<String, Number> expected = new HashMap<>(json.readValue(LedgerSample.REFERENCE_FIGURES.toFile(),
                new TypeReference<Map<String, Number>>() {
                }));
        expected.keySet().removeIf(key -> !key.startsWith("outreach."));
        assertThat(expected).hasSize(12);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, Object> figures = figures();
            expected.forEach((key, value) -> assertThat(((Number) figures.get(key)).doubleValue()).as(key)
                    .isEqualTo(value.doubleValue()));
        });
        List<Map<String, Object>> run = (List<Map<String, Object>>) http.exchange(
                "/api/reports/2024/figures/outreach.contests.consecutiveYears/evidence", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class).getBody().get("records");
        assertThat(run).extracting(r -> r.get("title")).containsExactly("第一届九龙坡区科普讲解大赛", "第二届九龙坡区科普讲解大赛",
                "第三届九龙坡区科普讲解大赛", "第四届九龙坡区科普讲解大赛", "第五届九龙坡区科普讲解大赛", "第六届九龙坡区科普讲解大赛",
                "第七届九龙坡区科普讲解大赛");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figures() {
        return (Map<String, Object>) http.exchange("/api/reports/2024/figures", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class).getBody().get("figures");
    }
}
