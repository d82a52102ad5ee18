package ruleoflaw.ledger.contracts.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class LegalCounselDetailsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate RETAINED = LocalDate.of(2024, 1, 5);

    @Test
    void counselIsKeptWithNameAndFirmStripped() {
        assertThat(new LegalCounselDetails(" 张明", "重庆渝法律师事务所 ", JAN_1, DEC_31, RETAINED, null).checked())
                .isEqualTo(new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1, DEC_31, RETAINED, null));
    }

    @Test
    void aTermEndingBeforeItStartsIsRefusedNamingTermEnd() {
        assertRefused(new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1, JAN_1.minusDays(1), RETAINED, null),
                "termEnd", "must not be before termStart (2024-01-01)");
    }

    @Test
    void aFilingMayNotPrecedeTheRetaining() {
        assertThat(new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1, DEC_31, RETAINED, RETAINED.plusDays(15))
                .checked().filedOn()).isEqualTo(RETAINED.plusDays(15));
        assertRefused(new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1, DEC_31, RETAINED, RETAINED.minusDays(1)),
                "filedOn", "must not be before retainedOn (2024-01-05)");
    }

    private static void assertRefused(LegalCounselDetails details, String field, String message) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).isEqualTo(message);
        });
    }
}
