package ruleoflaw.ledger.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Campaign events, contest series and editions, policy briefings and enterprise visits through the service: each is
 * recorded (201 and its Location), read back with its Chinese intact, and refused with a 400 naming the field when it
 * breaks a rule, in which case nothing is recorded.
 */
class OutreachRecordsApiTest extends RecordsApiSupport {

    private static final String EVENTS = "/api/outreach/events";
    private static final String SERIES = "/api/outreach/contest-series";
    private static final String EDITIONS = "/api/outreach/contest-editions";
    private static final String BRIEFINGS = "/api/outreach/briefings";
    private static final String VISITS = "/api/outreach/visits";

    @Override
    protected String recorder() {
        return "普法专员";
    }

    @Test
    void aCampaignEventIsRecordedAndReadBack() {
        long before = stored("outreach.event");

        String id = recorded(EVENTS, """
                {"campaign":"SCIENCE_WEEK","title":"2024年科技活动周主场活动","startsOn":"2024-05-25","endsOn":"2024-05-31",
                 "partners":["区委宣传部","区教委"],"estimatedAudience":3000,"laws":["中华人民共和国科学技术普及法"]}""");

        assertThat(fetched(EVENTS, id)).containsEntry("campaign", "SCIENCE_WEEK").containsEntry("title", "2024年科技活动周主场活动")
                .containsEntry("startsOn", "2024-05-25").containsEntry("endsOn", "2024-05-31")
                .containsEntry("partners", List.of("区委宣传部", "区教委")).containsEntry("estimatedAudience", 3000)
                .containsEntry("laws", List.of("中华人民共和国科学技术普及法"));
        assertThat(stored("outreach.event")).isEqualTo(before + 1);
    }

    @Test
    void anEventEndingBeforeItStartsIsRefusedNamingEndsOnAndNothingIsRecorded() {
        long before = stored("outreach.event");

        assertThat(fields(send(HttpMethod.POST, EVENTS, """
                {"campaign":"SCIENCE_DAY","title":"全国科普日","startsOn":"2024-09-20","endsOn":"2024-09-19"}""")))
                .containsExactly("endsOn");
        assertThat(stored("outreach.event")).isEqualTo(before);
    }

    @Test
    void anotherCampaignWithoutItsNameIsRefusedNamingCampaignNameAndNothingIsRecorded() {
        long before = stored("outreach.event");

        assertThat(fields(send(HttpMethod.POST, EVENTS, """
                {"campaign":"OTHER","title":"送法进企业","startsOn":"2024-06-01","endsOn":"2024-06-01"}""")))
                .containsExactly("campaignName");
        assertThat(fields(send(HttpMethod.POST, EVENTS, """
                {"campaign":"FESTIVAL","title":"送法进企业","startsOn":"2024-06-01","endsOn":"2024-06-01"}""")))
                .containsExactly("campaign");
        assertThat(fields(send(HttpMethod.POST, EVENTS, """
                {"campaign":"CONSTITUTION_WEEK","title":"宪法宣传周","startsOn":"2024-12-02","endsOn":"2024-12-04",
                 "estimatedAudience":-1}""")))
                .containsExactly("estimatedAudience");
        assertThat(stored("outreach.event")).isEqualTo(before);
    }

    @Test
    void aContestSeriesAndItsEditionAreRecordedAndReadBack() {
        String series = recorded(SERIES, """
                {"name":"科普讲解大赛","organiser":"区科技局","partners":["区委宣传部"],"registeredOn":"2018-03-01"}""");
        assertThat(fetched(SERIES, series)).containsEntry("name", "科普讲解大赛").containsEntry("organiser", "区科技局")
                .containsEntry("registeredOn", "2018-03-01");

        String edition = recorded(EDITIONS, """
                {"seriesId":"%s","year":2024,"edition":7,"title":"第七届科普讲解大赛","heldOn":"2024-08-22",
                 "contestants":150,"contestantsBySource":{"departments":36,"schools":52,"hospitals":24,"enterprises":28,
                 "other":10},"ruleOfLawContent":true,"awards":["一等奖3名"]}""".formatted(series));

        Map<String, Object> record = fetched(EDITIONS, edition);
        assertThat(record).containsEntry("seriesId", series).containsEntry("year", 2024).containsEntry("edition", 7)
                .containsEntry("contestants", 150).containsEntry("ruleOfLawContent", true)
                .containsEntry("awards", List.of("一等奖3名"));
        assertThat((Map<String, Object>) record.get("contestantsBySource")).containsEntry("schools", 52);
    }

    @Test
    void aSeriesKnowsHowManyYearsInARowItHasRunUpToAYear() {
        String series = recorded(SERIES, """
                {"name":"科普讲解大赛","organiser":"区科技局","registeredOn":"2015-03-01"}""");
        for (int year : new int[] {2015, 2017, 2018, 2019, 2020}) {
            recorded(EDITIONS, edition(series, year, year + "-08-22", 150));
        }
        String withdrawn = recorded(EDITIONS, edition(series, 2016, "2016-08-22", 150));
        send(HttpMethod.POST, EDITIONS + "/" + withdrawn + "/withdrawal", """
                {"expectedVersion":0,"reason":"2016年停办"}""");

        assertThat(get(SERIES + "/" + series + "/run?year=2019").getBody()).containsEntry("consecutiveYears", 3)
                .containsEntry("years", List.of(2017, 2018, 2019));
        assertThat(get(SERIES + "/" + series + "/run?year=2020").getBody()).containsEntry("consecutiveYears", 4);
        assertThat(get(SERIES + "/" + series + "/run?year=2016").getBody()).containsEntry("consecutiveYears", 0)
                .containsEntry("years", List.of());
        assertThat(get(SERIES + "/" + series + "/run?year=2015").getBody()).containsEntry("consecutiveYears", 1);
        assertThat(fields(get(SERIES + "/" + series + "/run"))).containsExactly("year");
        assertThat(get(SERIES + "/no-such-series/run?year=2020").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void contestantsBySourceNotAddingUpAreRefusedNamingTheFieldAndNothingIsRecorded() {
        String series = recorded(SERIES, """
                {"name":"科普讲解大赛","organiser":"区科技局","registeredOn":"2018-03-01"}""");
        long before = stored("outreach.contestEdition");

        assertThat(fields(send(HttpMethod.POST, EDITIONS, edition(series, 2024, "2024-08-22", 151))))
                .containsExactly("contestantsBySource");
        assertThat(fields(send(HttpMethod.POST, EDITIONS, edition(series, 2023, "2024-08-22", 150))))
                .containsExactly("heldOn");
        assertThat(fields(send(HttpMethod.POST, EDITIONS, """
                {"seriesId":"%s","year":2024,"edition":7,"title":"第七届","heldOn":"2024-08-22","contestants":1,
                 "contestantsBySource":{"departments":2,"schools":-1,"hospitals":0,"enterprises":0,"other":0}}"""
                .formatted(series)))).containsExactly("contestantsBySource.schools");
        assertThat(stored("outreach.contestEdition")).isEqualTo(before);
    }

    @Test
    void anEditionOfAnUnknownOrWithdrawnSeriesIsRefusedNamingSeriesId() {
        long before = stored("outreach.contestEdition");
        assertThat(fields(send(HttpMethod.POST, EDITIONS, edition("no-such-series", 2024, "2024-08-22", 150))))
                .containsExactly("seriesId");

        String series = recorded(SERIES, """
                {"name":"青少年科普讲解比赛","organiser":"区科技局","registeredOn":"2020-03-01"}""");
        assertThat(send(HttpMethod.POST, SERIES + "/" + series + "/withdrawal", """
                {"expectedVersion":0,"reason":"重复登记"}""").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fields(send(HttpMethod.POST, EDITIONS, edition(series, 2024, "2024-08-22", 150))))
                .containsExactly("seriesId");
        assertThat(stored("outreach.contestEdition")).isEqualTo(before);
    }

    @Test
    void aCorrectionOfAnEditionToAnUnknownSeriesIsRefusedAndTheEditionStaysAsItWas() {
        String series = recorded(SERIES, """
                {"name":"科普讲解大赛","organiser":"区科技局","registeredOn":"2018-03-01"}""");
        String edition = recorded(EDITIONS, edition(series, 2024, "2024-08-22", 150));

        ResponseEntity<Map> response = send(HttpMethod.PUT, EDITIONS + "/" + edition, """
                {"expectedVersion":0,"reason":"系列","record":%s}""".formatted(edition("no-such-series", 2024,
                "2024-08-22", 150)));

        assertThat(fields(response)).containsExactly("seriesId");
        Map<String, Object> entry = get(EDITIONS + "/" + edition).getBody();
        assertThat(entry).containsEntry("version", 0);
        assertThat((Map<String, Object>) entry.get("record")).containsEntry("seriesId", series);
    }

    @Test
    void aPolicyBriefingIsRecordedAndReadBack() {
        String id = recorded(BRIEFINGS, """
                {"title":"高新技术企业申报政策宣讲会","heldOn":"2024-06-13",
                 "topics":["高企申报流程和注意事项","知识产权政策","研发费用加计扣除政策","科技创新政策"],
                 "speakers":["服务机构","区市场监管局","区税务局"],"attendees":64,"enterprisesPresent":38}""");

        assertThat(fetched(BRIEFINGS, id)).containsEntry("title", "高新技术企业申报政策宣讲会")
                .containsEntry("topics", List.of("高企申报流程和注意事项", "知识产权政策", "研发费用加计扣除政策", "科技创新政策"))
                .containsEntry("speakers", List.of("服务机构", "区市场监管局", "区税务局"))
                .containsEntry("attendees", 64).containsEntry("enterprisesPresent", 38);
    }

    @Test
    void aBriefingWithMoreEnterprisesThanAttendeesOrNegativeAttendeesIsRefusedAndNothingIsRecorded() {
        long before = stored("outreach.briefing");

        assertThat(fields(send(HttpMethod.POST, BRIEFINGS, """
                {"title":"政策宣讲会","heldOn":"2024-06-13","attendees":10,"enterprisesPresent":11}""")))
                .containsExactly("enterprisesPresent");
        assertThat(fields(send(HttpMethod.POST, BRIEFINGS, """
                {"title":"政策宣讲会","heldOn":"2024-06-13","attendees":-1,"enterprisesPresent":0}""")))
                .containsExactly("attendees");
        assertThat(fields(send(HttpMethod.POST, BRIEFINGS, """
                {"title":" ","heldOn":"2024-06-13","attendees":1,"enterprisesPresent":0}""")))
                .containsExactly("title");
        assertThat(stored("outreach.briefing")).isEqualTo(before);
    }

    @Test
    void anEnterpriseVisitIsRecordedWithItsCodeInUpperCase() {
        String id = recorded(VISITS, """
                {"enterprise":"重庆某新材料科技有限公司","creditCode":"91500107ma60hq2k8g","visitedOn":"2024-05-09",
                 "topics":["高新技术企业培育"],"followUps":["一企一策：指导完善研发费用归集"]}""");

        assertThat(fetched(VISITS, id)).containsEntry("enterprise", "重庆某新材料科技有限公司")
                .containsEntry("creditCode", "91500107MA60HQ2K8G").containsEntry("topics", List.of("高新技术企业培育"))
                .containsEntry("followUps", List.of("一企一策：指导完善研发费用归集"));
        assertThat(jdbc.queryForObject("select title from ledger_record where record_id = ?", String.class, id))
                .isEqualTo("重庆某新材料科技有限公司");
    }

    @Test
    void aVisitWithAnInvalidCreditCodeIsRefusedNamingCreditCodeAndNothingIsRecorded() {
        long before = stored("outreach.visit");

        for (String code : new String[] {"91500107MA60HQ2K8H", "91500107MA60HQ2K8", "统一社会信用代码", ""}) {
            assertThat(fields(send(HttpMethod.POST, VISITS, """
                    {"enterprise":"重庆某新材料科技有限公司","creditCode":"%s","visitedOn":"2024-05-09"}""".formatted(code))))
                    .as(code).containsOnly("creditCode");
        }
        assertThat(stored("outreach.visit")).isEqualTo(before);
    }

    @Test
    void anEventIsListedCorrectedWithdrawnAndItsHistoryTold() {
        String id = recorded(EVENTS, """
                {"campaign":"SCIENCE_DAY","title":"全国科普日活动","startsOn":"2022-09-17","endsOn":"2022-09-17",
                 "estimatedAudience":800}""");

        Map<String, Object> listed = get(EVENTS + "?year=2022&size=500").getBody();
        assertThat((List<Map<String, Object>>) listed.get("records")).extracting(r -> r.get("id")).contains(id);

        ResponseEntity<Map> corrected = send(HttpMethod.PUT, EVENTS + "/" + id, """
                {"expectedVersion":0,"reason":"观众人数按主办方统计","record":{"campaign":"SCIENCE_DAY","title":"全国科普日活动",
                 "startsOn":"2022-09-17","endsOn":"2022-09-18","estimatedAudience":1200}}""");
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) corrected.getBody().get("record")).containsEntry("estimatedAudience", 1200);

        assertThat(send(HttpMethod.PUT, EVENTS + "/" + id, """
                {"expectedVersion":0,"reason":"再改","record":{"campaign":"SCIENCE_DAY","title":"全国科普日活动",
                 "startsOn":"2022-09-17","endsOn":"2022-09-18"}}""").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map> wrongEnd = send(HttpMethod.PUT, EVENTS + "/" + id, """
                {"expectedVersion":1,"reason":"日期","record":{"campaign":"SCIENCE_DAY","title":"全国科普日活动",
                 "startsOn":"2022-09-17","endsOn":"2022-09-16"}}""");
        assertThat(fields(wrongEnd)).containsExactly("endsOn");

        ResponseEntity<Map> withdrawn = send(HttpMethod.POST, EVENTS + "/" + id + "/withdrawal", """
                {"expectedVersion":1,"reason":"活动由区科协主办，非本局"}""");
        assertThat(withdrawn.getBody()).containsEntry("withdrawn", true)
                .containsEntry("withdrawalReason", "活动由区科协主办，非本局");

        List<Map<String, Object>> history = http.exchange(EVENTS + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class).getBody();
        assertThat(history).extracting(c -> c.get("change")).containsExactly("recorded", "corrected", "withdrawn");
        assertThat(history).extracting(c -> c.get("reason"))
                .containsExactly(null, "观众人数按主办方统计", "活动由区科协主办，非本局");
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String path : new String[] {EVENTS, SERIES, EDITIONS, BRIEFINGS, VISITS}) {
            assertThat(get(path + "/no-such-id").getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(send(HttpMethod.POST, path + "/no-such-id/withdrawal", """
                    {"expectedVersion":0,"reason":"撤回"}""").getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static String edition(String series, int year, String heldOn, int contestants) {
        return """
                {"seriesId":"%s","year":%d,"edition":7,"title":"第七届科普讲解大赛","heldOn":"%s","contestants":%d,
                 "contestantsBySource":{"departments":36,"schools":52,"hospitals":24,"enterprises":28,"other":10},
                 "ruleOfLawContent":true}""".formatted(series, year, heldOn, contestants);
    }
}
