package ruleoflaw.ledger.contracts.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class NormativeDocumentDetailsTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 6, 3);

    private static NormativeDocumentDetails document(LocalDate effectiveFrom, LocalDate validUntil, String revises) {
        return new NormativeDocumentDetails("九龙坡科技发〔2024〕12号", "重庆市九龙坡区科技特派员管理办法（修订）", ISSUED,
                effectiveFrom, validUntil, revises);
    }

    @Test
    void aRevisingDocumentIsKeptAsItIs() {
        NormativeDocumentDetails revising = document(ISSUED.plusDays(30), ISSUED.plusYears(5), "九龙坡科技发〔2019〕8号");
        assertThat(revising.checked()).isEqualTo(revising);
    }

    @Test
    void itTakesEffectNoEarlierThanItIsIssuedAndStaysValidNoEarlier() {
        assertRefused(document(ISSUED.minusDays(1), null, null), "effectiveFrom");
        assertRefused(document(ISSUED, ISSUED.minusDays(1), null), "validUntil");
    }

    @Test
    void aDocumentDoesNotReviseItself() {
        assertRefused(document(ISSUED, null, "九龙坡科技发〔2024〕12号"), "revisesDocumentNumber");
    }

    private static void assertRefused(NormativeDocumentDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
