package ruleoflaw.ledger.contracts.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LegalReviewDetailsTest {

    @Test
    void aReviewIsKeptWithItsTextStripped() {
        LocalDate may20 = LocalDate.of(2024, 5, 20);
        assertThat(new LegalReviewDetails(ReviewKind.NORMATIVE_DOCUMENT, " 《重庆市九龙坡区科技特派员管理办法（修订）》", may20,
                "合法，同意印发 ").checked()).isEqualTo(new LegalReviewDetails(ReviewKind.NORMATIVE_DOCUMENT,
                        "《重庆市九龙坡区科技特派员管理办法（修订）》", may20, "合法，同意印发"));
    }
}
