package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * The reference year's outreach sample ({@code samples/kjj-2024/outreach.jsonl}) as the events outreach-service makes
 * of it gives exactly the figures of {@code outreach-figures.json}, the contest's seven consecutive years included (its
 * editions of 2018–2023 count in their own years). The only test of this JVM that records in 2018–2024.
 */
@LedgerServiceTest
class ReferenceYearOutreachFiguresTest {

    private static final Path SAMPLE = Path.of("..", "samples", "kjj-2024");

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
        Map<String, String> ids = new HashMap<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("outreach.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode record = (ObjectNode) json.readTree(line);
            Kind kind = KINDS.get(record.remove("type").asText());
            String key = record.remove("id").asText();
            record.properties().forEach(field -> {
                if (field.getValue().isTextual() && ids.containsKey(field.getValue().asText())) {
                    field.setValue(record.textNode(ids.get(field.getValue().asText())));
                }
            });
            String id = UUID.randomUUID().toString();
            ids.put(key, id);
            RecordDetails details = json.treeToValue(record, kind.details());
            transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(kind.aggregate(),
                    id, 0, kind.event().apply(id, details), MetaData.with("recordedBy", "普法专员"))));
        }
        Map<String, Number> expected = json.readValue(SAMPLE.resolve("outreach-figures.json").toFile(),
                new TypeReference<Map<String, Number>>() {
                });
        assertThat(expected).hasSize(10);

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
