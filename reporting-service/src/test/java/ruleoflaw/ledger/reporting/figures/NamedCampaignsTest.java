package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * What other departments' reports count that the bureau's did not: campaigns under their own names, a contest's
 * edition, the kinds of legality review, a clean-up of normative documents, and counts left unstated.
 */
class NamedCampaignsTest {

    private final FigureCatalog catalog = new FigureCatalog(List.of(new LitigationFigures(), new OutreachFigures()));
    private final List<RecordVersion> records = new ArrayList<>();

    @Test
    void aCampaignThatIsNoneOfTheListedOnesIsCountedUnderItsOwnNameAfterTheCatalog() {
        event("SCIENCE_WEEK", null, "2024-05-20");
        event("OTHER", "双创活动周", "2024-10-15");
        event("OTHER", "安全生产月", "2024-06-01");
        event("OTHER", "双创活动周", "2024-10-18");

        Map<String, Number> values = catalog.values(records);

        assertThat(values).containsEntry("outreach.events.total", 4).containsEntry("outreach.events.otherCampaigns", 3)
                .containsEntry("outreach.events.named.安全生产月", 1).containsEntry("outreach.events.named.双创活动周", 2);
        assertThat(new ArrayList<>(values.keySet()).subList(values.size() - 2, values.size()))
                .containsExactly("outreach.events.named.安全生产月", "outreach.events.named.双创活动周");
        assertThat(catalog.figure("outreach.events.named.双创活动周").orElseThrow().compute(records).evidence())
                .extracting(RecordVersion::businessDate).containsExactly("2024-10-15", "2024-10-18");
        assertThat(catalog.figure("outreach.events.named.无此活动").orElseThrow().compute(records).value()).isEqualTo(0);
    }

    @Test
    void theEditionOfTheYearsContestIsAFigureWhenOneWasHeld() {
        edition(7, 150);
        assertThat(catalog.values(records)).containsEntry("outreach.contests.edition", 7L)
                .containsEntry("outreach.contests.contestants", 150L);

        edition(1, 120);
        assertThat(catalog.values(records)).containsEntry("outreach.contests.edition", 0)
                .containsEntry("outreach.contests.contestants", 270L);
    }

    @Test
    void contestantsLeftUnstatedMakeTheirFigureUnknownNotZero() {
        edition(7, 150);
        edition(8, null);

        Map<String, Number> values = catalog.values(records);

        assertThat(values).containsKey("outreach.contests.contestants");
        assertThat(values.get("outreach.contests.contestants")).isNull();
        assertThat(values).containsEntry("outreach.contests.held", 2);
    }

    @Test
    void eachKindOfLegalityReviewIsCountedBesideTheTotal() {
        for (String kind : List.of("MAJOR_DECISION", "NORMATIVE_DOCUMENT", "NORMATIVE_DOCUMENT",
                "MAJOR_ENFORCEMENT_DECISION", "CONTRACT", "OTHER")) {
            record("legal.review", "2024-04-01", Map.of("kind", kind, "subject", "审查事项"));
        }

        assertThat(catalog.values(records)).containsEntry("legal.reviews.total", 6)
                .containsEntry("legal.reviews.majorDecisions", 1).containsEntry("legal.reviews.normativeDocuments", 2)
                .containsEntry("legal.reviews.enforcementDecisions", 1).containsEntry("legal.reviews.contracts", 1)
                .containsEntry("legal.reviews.other", 1);
    }

    private void event(String campaign, String name, String startsOn) {
        Map<String, Object> facts = new HashMap<>(Map.of("campaign", campaign, "title", "宣传活动"));
        if (name != null) {
            facts.put("campaignName", name);
        }
        record("outreach.event", startsOn, facts);
    }

    private void edition(int edition, Integer contestants) {
        Map<String, Object> facts = new HashMap<>(Map.of("seriesId", "科普讲解大赛", "edition", edition));
        if (contestants != null) {
            facts.put("contestants", contestants);
        }
        record("outreach.contestEdition", "2024-08-" + (10 + edition), facts);
    }

    private void record(String type, String businessDate, Map<String, Object> facts) {
        String id = type + "-" + records.size();
        records.add(new RecordVersion(id, id, type, 0, businessDate, 2024, Instant.EPOCH, "录入员", null, "recorded",
                null, false, "记录" + records.size(), facts));
    }
}
