package ruleoflaw.ledger.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventCopierTest {

    private final ObjectMapper json = new ObjectMapper();
    private final EventCopier copier = new EventCopier(json,
            Set.of("kjj-2024-contest-series", "kjj-2024-contest-1", "kjj-2024-normative-1"));

    private static final List<TemplateEvent> EDITION = List.of(
            new TemplateEvent("kjj-2024-contest-1", 0, "ContestEdition", "ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded", "1",
                    """
                    {"id":"kjj-2024-contest-1","details":{"seriesId":"kjj-2024-contest-series","title":"2024年科技法治知识竞赛第一期",\
                    "heldOn":"2024-02-29","participants":120,"note":"见2024-03-05通知"}}""",
                    """
                    {"recordedBy":"recorder","recordedAt":"2024-03-01T02:00:00Z","correlationId":"c-1","idempotencyKey":"kjj-2024-contest-1"}"""),
            new TemplateEvent("kjj-2024-contest-1", 1, "ContestEdition", "ruleoflaw.ledger.contracts.outreach.ContestEditionCorrected", null,
                    """
                    {"id":"kjj-2024-contest-1","reason":"人数有误","details":{"seriesId":"kjj-2024-contest-series",\
                    "title":"2024年科技法治知识竞赛第一期","heldOn":"2024-02-29","participants":121}}""",
                    null));

    @Test
    void aCopyGetsItsOwnIdsReferencesToTheSameRoundsCopiesAndDatesInTheTargetYear() throws Exception {
        List<Instant> moments = new ArrayList<>();
        Timeline timeline = new Timeline(Instant.parse("2030-01-01T00:00:00Z"));
        LocalDate first = copier.firstDate(EDITION);
        assertThat(first).isEqualTo(LocalDate.of(2024, 2, 29));

        List<CopiedEvent> copies = copier.copy(EDITION, first, 2019, 7, date -> {
            Instant at = timeline.next(date);
            moments.add(at);
            return at;
        });

        assertThat(copies).extracting(CopiedEvent::aggregateId).containsOnly("kjj-2024-contest-1-b2019-7");
        assertThat(copies).extracting(CopiedEvent::sequence).containsExactly(0L, 1L);
        assertThat(copies).extracting(CopiedEvent::payloadType).containsExactly(EDITION.get(0).payloadType(),
                EDITION.get(1).payloadType());
        assertThat(copies).extracting(CopiedEvent::payloadRevision).containsExactly("1", null);
        assertThat(copies.get(0).eventId()).isNotEqualTo(copies.get(1).eventId());

        JsonNode recorded = json.readTree(copies.get(0).payload());
        assertThat(recorded.path("id").asText()).isEqualTo("kjj-2024-contest-1-b2019-7");
        assertThat(recorded.at("/details/seriesId").asText()).isEqualTo("kjj-2024-contest-series-b2019-7");
        assertThat(recorded.at("/details/heldOn").asText()).isEqualTo("2019-02-28"); // 29 February of a common year
        assertThat(recorded.at("/details/note").asText()).isEqualTo("见2019-03-05通知");
        assertThat(recorded.at("/details/title").asText()).isEqualTo("2024年科技法治知识竞赛第一期");
        assertThat(recorded.at("/details/participants").asInt()).isEqualTo(120);
        assertThat(new String(copies.get(1).payload(), StandardCharsets.UTF_8)).contains("\"reason\":\"人数有误\"");

        JsonNode meta = json.readTree(copies.get(0).metaData());
        assertThat(meta.path("recordedBy").asText()).isEqualTo("recorder");
        assertThat(meta.path("idempotencyKey").asText()).isEqualTo("kjj-2024-contest-1-b2019-7");
        assertThat(meta.path("correlationId").asText()).isNotEqualTo("c-1");
        assertThat(Instant.parse(meta.path("recordedAt").asText())).isEqualTo(copies.get(0).timeStamp());
        assertThat(json.readTree(copies.get(1).metaData()).path("recordedAt").asText())
                .isEqualTo(copies.get(1).timeStamp().toString());

        assertThat(moments).isSorted().doesNotHaveDuplicates();
        assertThat(moments.get(0)).isAfter(Instant.parse("2019-02-28T23:59:59Z")).isBefore(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void documentNumberYearsAndYearFieldsMoveWithTheDates() throws Exception {
        List<TemplateEvent> normative = List.of(new TemplateEvent("kjj-2024-normative-1", 0, "NormativeDocument",
                "ruleoflaw.ledger.contracts.disclosure.NormativeDocumentRecorded", null, """
                {"id":"kjj-2024-normative-1","year":2024,"number":"九龙坡科技发〔2024〕3号","issuedOn":"2024-06-01","repeals":["kjj-2023-other"]}""",
                "{}"));

        List<CopiedEvent> copies = copier.copy(normative, copier.firstDate(normative), 2016, 1,
                new Timeline(Instant.parse("2030-01-01T00:00:00Z"))::next);

        JsonNode recorded = json.readTree(copies.get(0).payload());
        assertThat(recorded.path("number").asText()).isEqualTo("九龙坡科技发〔2016〕3号");
        assertThat(recorded.path("issuedOn").asText()).isEqualTo("2016-06-01");
        assertThat(recorded.path("year").asInt()).isEqualTo(2016);
        assertThat(recorded.path("repeals").get(0).asText()).isEqualTo("kjj-2023-other");
    }

    @Test
    void recordingMomentsNeverLieInTheFuture() {
        Instant now = Instant.parse("2024-06-01T00:00:00Z");
        Timeline timeline = new Timeline(now);

        assertThat(timeline.next(LocalDate.of(2024, 12, 1))).isEqualTo(now);
        assertThat(timeline.next(LocalDate.of(2024, 1, 1))).isEqualTo(now);
    }
}
