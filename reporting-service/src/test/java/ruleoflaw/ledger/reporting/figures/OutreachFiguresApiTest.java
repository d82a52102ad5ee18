package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.BriefingRecorded;
import ruleoflaw.ledger.contracts.outreach.Campaign;
import ruleoflaw.ledger.contracts.outreach.CampaignEventCorrected;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestEditionCorrected;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestantsBySource;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitRecorded;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Outreach records appended to the event store (as outreach-service does) counted in the outreach.* figures, with
 * corrections and withdrawals applied, and a contest series' run of years computed from the editions of earlier
 * years. Each test uses its own years (2050–2059, and 2040): the stores are shared.
 */
@LedgerServiceTest
class OutreachFiguresApiTest {

    private static final List<String> OUTREACH = List.of("outreach.events.total", "outreach.events.scienceWeek",
            "outreach.events.scienceDay", "outreach.events.constitutionWeek", "outreach.contests.held",
            "outreach.contests.contestants", "outreach.contests.consecutiveYears", "outreach.briefings.held",
            "outreach.briefings.attendees", "outreach.visits.enterprises");

    @Autowired
    TestRestTemplate http;
    /** The service's clock, which also stamps the events (as-of moments are on it). */
    @Autowired
    Clock clock;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyOutreachFigureIsPresentAndZeroInAYearWithoutOutreach() {
        Map<String, Object> figures = figuresOf(figures(2050, ""));
        assertThat(figures).containsKeys(OUTREACH.toArray(String[]::new));
        OUTREACH.forEach(key -> assertThat(((Number) figures.get(key)).intValue()).as(key).isZero());
    }

    @Test
    void eventsAreCountedByCampaignWithCorrectionsAndWithdrawalsApplied() {
        String week = event(2051, Campaign.SCIENCE_WEEK, null);
        event(2051, Campaign.SCIENCE_DAY, null);
        String constitution = event(2051, Campaign.CONSTITUTION_WEEK, null);
        String other = event(2051, Campaign.OTHER, "民法典宣传月");
        awaitFigure(2051, "outreach.events.total", 4);

        publish("CampaignEvent", week, 1, new CampaignEventCorrected(week, "实为全国科普日活动",
                details(2051, Campaign.SCIENCE_DAY, null)));
        publish("CampaignEvent", other, 1, new RecordWithdrawn(other, "outreach.event", "非本局主办"));

        Map<String, Object> figures = awaitFigure(2051, "outreach.events.total", 3);
        assertThat(figures).containsEntry("outreach.events.scienceWeek", 0).containsEntry("outreach.events.scienceDay", 2)
                .containsEntry("outreach.events.constitutionWeek", 1);
        assertThat(evidence(2051, "outreach.events.constitutionWeek")).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("recordId", constitution)
                        .containsEntry("type", "outreach.event").containsEntry("title", "宪法宣传周 " + constitution));
        assertThat(evidence(2051, "outreach.events.scienceDay")).anySatisfy(record -> assertThat(record)
                .containsEntry("recordId", week).containsEntry("change", "corrected").containsEntry("reason", "实为全国科普日活动"));
    }

    @Test
    void briefingsAreCountedAndTheirAttendeesSummedAndEnterprisesCountedOnceByCode() {
        briefing(2051, 86, 52);
        String second = briefing(2051, 64, 38);
        visit(2051, "重庆某智能装备有限公司", "91500107MA5U3B8X1C");
        visit(2051, "重庆某智能装备有限公司（二次走访）", "91500107MA5U3B8X1C");
        visit(2051, "重庆某新材料科技有限公司", "91500107MA60HQ2K8G");
        String withdrawn = visit(2051, "重庆某生物医药有限公司", "91500107MA61C7RX7B");
        awaitFigure(2051, "outreach.visits.enterprises", 3);

        publish("EnterpriseVisit", withdrawn, 1, new RecordWithdrawn(withdrawn, "outreach.visit", "走访未成行"));

        Map<String, Object> figures = awaitFigure(2051, "outreach.visits.enterprises", 2);
        assertThat(figures).containsEntry("outreach.briefings.held", 2).containsEntry("outreach.briefings.attendees", 150);
        assertThat(evidence(2051, "outreach.visits.enterprises")).hasSize(3);
        assertThat(evidence(2051, "outreach.briefings.attendees")).extracting(r -> r.get("recordId")).contains(second);
    }

    @Test
    void aContestsRunOfYearsCountsItsEditionsOfEarlierYearsUpToAGap() {
        String series = UUID.randomUUID().toString();
        String rival = UUID.randomUUID().toString();
        for (int year : new int[] {2052, 2053, 2055, 2056, 2057}) {
            edition(series, year, 100);
        }
        String removable = null;
        for (int year = 2054; year <= 2058; year++) {
            String id = edition(rival, year, 40);
            if (year == 2055) {
                removable = id;
            }
        }
        String moved = edition(series, 2058, 152);

        // the last edition published is the last projected: once it counts, all of them do
        Map<String, Object> figures = awaitFigure(2058, "outreach.contests.contestants", 192);
        assertThat(figures).containsEntry("outreach.contests.held", 2).containsEntry("outreach.contests.consecutiveYears", 5);
        assertThat(evidence(2058, "outreach.contests.consecutiveYears")).extracting(r -> r.get("businessDate"))
                .containsExactly("2054-08-20", "2055-08-20", "2056-08-20", "2057-08-20", "2058-08-20");
        Instant beforeWithdrawal = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        sleep();

        // the rival series loses its 2055 edition: its run is 2056–2058, the other series' 2055–2058 is now longer
        publish("ContestEdition", removable, 1, new RecordWithdrawn(removable, "outreach.contestEdition", "重复录入"));
        awaitFigure(2058, "outreach.contests.consecutiveYears", 4);
        assertThat(evidence(2058, "outreach.contests.consecutiveYears")).extracting(r -> r.get("businessDate"))
                .containsExactly("2055-08-20", "2056-08-20", "2057-08-20", "2058-08-20");
        assertThat(figuresOf(figures(2058, "?asOf=" + beforeWithdrawal)))
                .containsEntry("outreach.contests.consecutiveYears", 5);

        // its 2058 edition was really held in 2059: in 2058 only the rival is held, in 2059 a run of one
        publish("ContestEdition", moved, 1, new ContestEditionCorrected(moved, "实际于2059年举办",
                editionDetails(series, 2059, 152)));
        Map<String, Object> after = awaitFigure(2058, "outreach.contests.contestants", 40);
        assertThat(after).containsEntry("outreach.contests.held", 1).containsEntry("outreach.contests.consecutiveYears", 3);
        assertThat(figuresOf(figures(2059, ""))).containsEntry("outreach.contests.consecutiveYears", 1)
                .containsEntry("outreach.contests.contestants", 152);
    }

    @Test
    void contestantsLeftUnstatedAreAnUnknownFigureAndACampaignIsCountedUnderItsOwnName() {
        String series = UUID.randomUUID().toString();
        String edition = UUID.randomUUID().toString();
        publish("ContestEdition", edition, 0, new ContestEditionRecorded(edition, new ContestEditionDetails(series, 2040,
                2, "第二届法治知识竞赛", LocalDate.of(2040, 9, 1), null, null, true, List.of())));
        event(2040, Campaign.OTHER, "双创活动周");

        await().atMost(Duration.ofSeconds(10)).until(() -> figuresOf(figures(2040, ""))
                .containsKey("outreach.events.named.双创活动周"));
        Map<String, Object> figures = figuresOf(figures(2040, ""));
        assertThat(figures).containsEntry("outreach.contests.held", 1).containsEntry("outreach.contests.edition", 2)
                .containsEntry("outreach.events.otherCampaigns", 1).containsEntry("outreach.events.named.双创活动周", 1)
                .containsEntry("outreach.contests.contestants", null);
        assertThat(evidence(2040, "outreach.events.named.双创活动周")).extracting(r -> r.get("recordId")).hasSize(1);
        assertThat(get("/api/reports/2040/figures/outreach.contests.contestants/evidence").getBody())
                .containsEntry("value", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) get("/api/reports/2040/comparison").getBody()
                .get("figures");
        assertThat(changes).filteredOn(change -> change.get("key").equals("outreach.contests.contestants")).singleElement()
                .satisfies(change -> assertThat(change).containsEntry("value", null).containsEntry("change", null));
    }

    private String event(int year, Campaign campaign, String name) {
        String id = UUID.randomUUID().toString();
        CampaignEventDetails details = details(year, campaign, name);
        publish("CampaignEvent", id, 0, new CampaignEventRecorded(id, new CampaignEventDetails(details.campaign(),
                details.campaignName(), campaign.chineseName() + " " + id, details.startsOn(), details.endsOn(),
                details.partners(), details.estimatedAudience(), details.laws())));
        return id;
    }

    private static CampaignEventDetails details(int year, Campaign campaign, String name) {
        LocalDate day = LocalDate.of(year, 5, 25);
        return new CampaignEventDetails(campaign, name, campaign.chineseName(), day, day.plusDays(6), List.of("区委宣传部"),
                1000, List.of("中华人民共和国宪法"));
    }

    private String briefing(int year, int attendees, int enterprises) {
        String id = UUID.randomUUID().toString();
        publish("Briefing", id, 0, new BriefingRecorded(id, new BriefingDetails("高新技术企业申报政策宣讲会",
                LocalDate.of(year, 6, 13), List.of("知识产权政策"), List.of("区税务局"), attendees, enterprises)));
        return id;
    }

    private String visit(int year, String enterprise, String code) {
        String id = UUID.randomUUID().toString();
        publish("EnterpriseVisit", id, 0, new EnterpriseVisitRecorded(id, new EnterpriseVisitDetails(enterprise, code,
                LocalDate.of(year, 7, 11), List.of("高新技术企业培育"), List.of())));
        return id;
    }

    private String edition(String series, int year, int contestants) {
        String id = UUID.randomUUID().toString();
        publish("ContestEdition", id, 0, new ContestEditionRecorded(id, editionDetails(series, year, contestants)));
        return id;
    }

    private static ContestEditionDetails editionDetails(String series, int year, int contestants) {
        return new ContestEditionDetails(series, year, year - 2050, "第" + (year - 2050) + "届科普讲解大赛",
                LocalDate.of(year, 8, 20), contestants, new ContestantsBySource(contestants, 0, 0, 0, 0), true, List.of());
    }

    private void publish(String aggregateType, String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(aggregateType, id,
                sequence, event, MetaData.with("recordedBy", "普法专员").and("correlationId", "corr-" + id))));
    }

    private Map<String, Object> awaitFigure(int year, String key, int expected) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> expected == ((Number) figuresOf(figures(year, "")).get(key)).intValue());
        return figuresOf(figures(year, ""));
    }

    private static void sleep() {
        try {
            Thread.sleep(5); // the ledger keeps recording times to the millisecond
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> evidence(int year, String key) {
        return (List<Map<String, Object>>) get("/api/reports/" + year + "/figures/" + key + "/evidence").getBody()
                .get("records");
    }

    private ResponseEntity<Map> figures(int year, String query) {
        return get("/api/reports/" + year + "/figures" + query);
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figuresOf(ResponseEntity<Map> response) {
        return (Map<String, Object>) response.getBody().get("figures");
    }
}
