package ruleoflaw.ledger.contracts.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class BriefingDetailsTest {

    private static final LocalDate JUNE_12 = LocalDate.of(2024, 6, 12);

    private static BriefingDetails briefing(String title, Integer attendees, Integer enterprises) {
        return new BriefingDetails(title, JUNE_12, List.of("高企申报流程和注意事项", "知识产权政策", "研发费用加计扣除政策", "科技创新政策"),
                List.of("服务机构", "区市场监管局", "区税务局"), attendees, enterprises);
    }

    @Test
    void aBriefingIsKeptWithItsTitleStripped() {
        assertThat(briefing(" 高新技术企业申报政策宣讲会 ", 80, 45).checked()).isEqualTo(briefing("高新技术企业申报政策宣讲会", 80, 45));
    }

    @Test
    void moreEnterprisesThanAttendeesAreRefusedNamingEnterprisesPresent() {
        BriefingDetails crowded = briefing("高新技术企业申报政策宣讲会", 40, 45);
        assertRefused(crowded, "enterprisesPresent");
        assertThatThrownBy(crowded::checked).hasMessage("must not exceed attendees");
        assertRefused(briefing("高新技术企业申报政策宣讲会", 10, 45), "enterprisesPresent");
    }

    @Test
    void howManyAttendedMayBeLeftUnstated() {
        BriefingDetails unstated = briefing("高新技术企业申报政策宣讲会", null, 45);
        assertThat(unstated.checked()).isEqualTo(unstated);
        assertThat(briefing("高新技术企业申报政策宣讲会", 40, null).checked().enterprisesPresent()).isNull();
    }

    private static void assertRefused(BriefingDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
