package ruleoflaw.ledger.contracts.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class CampaignEventDetailsTest {

    private static final LocalDate MAY_18 = LocalDate.of(2024, 5, 18);
    private static final CampaignEventDetails SCIENCE_WEEK = event(Campaign.SCIENCE_WEEK, null,
            "2024年科技活动周九龙坡区主场活动", MAY_18, MAY_18.plusDays(6));

    private static CampaignEventDetails event(Campaign campaign, String name, String title, LocalDate from, LocalDate to) {
        return new CampaignEventDetails(campaign, name, title, from, to, List.of("区委宣传部", "区科协"), 3000,
                List.of("中华人民共和国科学技术普及法"));
    }

    @Test
    void anEventIsKeptWithItsTitleStripped() {
        assertThat(event(Campaign.SCIENCE_WEEK, null, " 2024年科技活动周九龙坡区主场活动 ", MAY_18, MAY_18.plusDays(6)).checked())
                .isEqualTo(SCIENCE_WEEK);
    }

    @Test
    void aOneDayEventOfANamedOtherCampaignIsKeptWithTheNameStripped() {
        assertThat(event(Campaign.OTHER, " 民法典宣传月 ", "民法典进社区", MAY_18, MAY_18).checked())
                .isEqualTo(event(Campaign.OTHER, "民法典宣传月", "民法典进社区", MAY_18, MAY_18));
    }

    @Test
    void anotherCampaignWithoutItsNameIsRefusedNamingCampaignName() {
        assertRefused(event(Campaign.OTHER, "  ", "普法进企业", MAY_18, MAY_18), "campaignName");
        assertRefused(event(Campaign.OTHER, null, "科技活动周", MAY_18, MAY_18), "campaignName");
    }

    @Test
    void anEventEndingBeforeItStartsIsRefusedNamingEndsOn() {
        CampaignEventDetails endingBefore = event(Campaign.SCIENCE_DAY, null, "全国科普日", MAY_18, MAY_18.minusDays(1));
        assertRefused(endingBefore, "endsOn");
        assertThatThrownBy(endingBefore::checked).hasMessage("must not be before startsOn");
        assertRefused(event(Campaign.SCIENCE_WEEK, null, "科技活动周", MAY_18, MAY_18.minusDays(2)), "endsOn");
    }

    @Test
    void anEventLastingMoreThanAYearIsRefusedNamingEndsOn() {
        assertRefused(event(Campaign.CONSTITUTION_WEEK, null, "宪法宣传周", MAY_18, MAY_18.plusYears(1).plusDays(1)),
                "endsOn");
    }

    private static void assertRefused(CampaignEventDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
