package ruleoflaw.ledger.contracts.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class NormativeCleanupDetailsTest {

    private static NormativeCleanupDetails cleanup(int reviewed, int kept, int amended, int repealed, int invalid) {
        return new NormativeCleanupDetails(" 妨碍统一市场和公平竞争的政策措施清理 ", "2019年以来本局制发的行政规范性文件",
                LocalDate.of(2024, 9, 30), reviewed, kept, amended, repealed, invalid);
    }

    @Test
    void everyReviewedDocumentHasOneOutcome() {
        NormativeCleanupDetails checked = cleanup(12, 8, 2, 1, 1).checked();
        assertThat(checked.title()).isEqualTo("妨碍统一市场和公平竞争的政策措施清理");
        assertThat(checked.reviewed()).isEqualTo(12);
    }

    @Test
    void outcomesThatDoNotAddUpToTheReviewedAreRefused() {
        assertThatThrownBy(() -> cleanup(12, 8, 2, 1, 0).checked()).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("reviewed");
                    assertThat(refused.getMessage()).contains("(11)");
                });
    }
}
