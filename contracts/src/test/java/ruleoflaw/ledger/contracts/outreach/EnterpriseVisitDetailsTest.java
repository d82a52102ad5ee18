package ruleoflaw.ledger.contracts.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class EnterpriseVisitDetailsTest {

    private static final LocalDate VISITED_ON = LocalDate.of(2024, 7, 3);

    private static EnterpriseVisitDetails visit(String enterprise, String code) {
        return new EnterpriseVisitDetails(enterprise, code, VISITED_ON, List.of("高新技术企业认定", "科学技术进步法"),
                List.of("协助准备高企申报材料"));
    }

    @Test
    void aVisitIsKeptWithTheCodeInUpperCaseAndTheNameStripped() {
        assertThat(visit(" 重庆某某科技有限公司 ", " 91500107ma5u3b8x1c ").checked())
                .isEqualTo(visit("重庆某某科技有限公司", "91500107MA5U3B8X1C"));
    }

    @Test
    void aCodeWithAWrongCheckCharacterOrLengthIsRefusedNamingCreditCode() {
        assertRefused(visit("重庆某某科技有限公司", "91500107MA5U3B8X1D"), "creditCode");
        assertRefused(visit("重庆某某科技有限公司", "91500107MA5U3B8X1"), "creditCode");
    }

    private static void assertRefused(EnterpriseVisitDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
