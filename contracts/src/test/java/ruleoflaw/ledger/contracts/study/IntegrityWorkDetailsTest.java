package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ruleoflaw.ledger.contracts.study.IntegrityWorkKind.INTEGRITY_STUDY;
import static ruleoflaw.ledger.contracts.study.IntegrityWorkKind.INTEGRITY_TALK;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class IntegrityWorkDetailsTest {

    private static final LocalDate APRIL_10 = LocalDate.of(2024, 4, 10);

    @Test
    void aTalkIsKeptWithItsTitleStripped() {
        assertThat(new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, " 对新任职干部开展廉政约谈 ", 6).checked())
                .isEqualTo(new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, "对新任职干部开展廉政约谈", 6));
    }

    @Test
    void anIntegrityStudyNeedsNoPersons() {
        IntegrityWorkDetails study = new IntegrityWorkDetails(INTEGRITY_STUDY, APRIL_10, "党组专题研究党风廉政建设工作", null);

        assertThat(study.checked()).isSameAs(study);
    }

    @Test
    void aTalkWithoutPersonsIsRefused() {
        assertThatThrownBy(new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, "廉政约谈", null)::checked)
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("persons"))
                .hasMessage("an integrity talk names how many persons were talked to");
        assertThatThrownBy(new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, "廉政约谈", 0)::checked)
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("persons"));
    }
}
