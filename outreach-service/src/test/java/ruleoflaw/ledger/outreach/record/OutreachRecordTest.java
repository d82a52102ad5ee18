package ruleoflaw.ledger.outreach.record;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.BriefingRecorded;
import ruleoflaw.ledger.contracts.outreach.Campaign;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestantsBySource;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitRecorded;
import ruleoflaw.ledger.platform.testing.SimpleRecordLifecycleContract;

class OutreachRecordTest extends SimpleRecordLifecycleContract<OutreachRecord> {

    OutreachRecordTest() {
        super(OutreachRecord.class, "outreach");
    }

    private static final LocalDate MAY_18 = LocalDate.of(2024, 5, 18);

    @Override
    protected Stream<Example> examples() {
        var event = new CampaignEventDetails(Campaign.SCIENCE_WEEK, null, "2024年科技活动周九龙坡区主场活动", MAY_18,
                MAY_18.plusDays(6), List.of("区委宣传部", "区科协"), 3000, List.of("中华人民共和国科学技术普及法"));
        var series = new ContestSeriesDetails("科普讲解大赛", "区科技局", List.of("区委宣传部", "区教委"), LocalDate.of(2018, 3, 1));
        var edition = new ContestEditionDetails("series-1", 2024, 7, "第七届科普讲解大赛", LocalDate.of(2024, 8, 20), 150,
                new ContestantsBySource(40, 50, 20, 30, 10), true, List.of("一等奖3名", "二等奖6名"));
        var briefing = new BriefingDetails("高新技术企业申报政策宣讲会", LocalDate.of(2024, 6, 12), List.of("高企申报流程和注意事项"),
                List.of("区税务局"), 80, 45);
        var visit = new EnterpriseVisitDetails("重庆某某科技有限公司", "91500107MA5U3B8X1C", LocalDate.of(2024, 7, 3),
                List.of("高新技术企业认定"), List.of("协助准备高企申报材料"));
        return Stream.of(new Example(event, new CampaignEventRecorded("r-1", event)),
                new Example(series, new ContestSeriesRecorded("r-1", series)),
                new Example(edition, new ContestEditionRecorded("r-1", edition)),
                new Example(briefing, new BriefingRecorded("r-1", briefing)),
                new Example(visit, new EnterpriseVisitRecorded("r-1", visit)));
    }
}
