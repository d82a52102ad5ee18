package ruleoflaw.ledger.contracts.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last the check character of the first 17. */
class CreditCodeTest {

    /** A real, published code (华为技术有限公司). */
    private static final String REAL = "914403001922038216";

    private final CreditCode.Validator validator = new CreditCode.Validator();

    @Test
    void aRealCodeIsValid() {
        assertThat(CreditCode.Check.valid(REAL)).isTrue();
        assertThat(validator.isValid(REAL, null)).isTrue();
    }

    @Test
    void codesWhoseCheckCharacterIsALetterOrZeroAreValid() {
        // computed with the algorithm by hand: Σ value×weight mod 31 gives the check characters C, G and Y
        assertThat(CreditCode.Check.valid("91500107MA5U3B8X1C")).isTrue();
        assertThat(CreditCode.Check.valid("91500107MA60HQ2K8G")).isTrue();
        assertThat(CreditCode.Check.valid("91110000100003962Y")).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsInvalid() {
        assertThat(CreditCode.Check.valid("914403001922038217")).isFalse();
        assertThat(validator.isValid("91500107MA5U3B8X1D", null)).isFalse();
    }

    @Test
    void aMistypedCharacterInTheBodyIsCaught() {
        assertThat(CreditCode.Check.valid("914403001922038316")).isFalse();
    }

    @Test
    void theWrongLengthOrCharactersOutsideTheCharsetAreInvalid() {
        assertThat(CreditCode.Check.valid("91440300192203821")).isFalse();
        assertThat(CreditCode.Check.valid("9144030019220382160")).isFalse();
        assertThat(CreditCode.Check.valid("91500107IA5U3B8X1C")).isFalse(); // I is not used
        assertThat(CreditCode.Check.valid("91500107MA5U3B8X1Z")).isFalse(); // nor Z
        assertThat(CreditCode.Check.valid("九龙坡区某科技有限公司统一社会信用码")).isFalse();
        assertThat(CreditCode.Check.valid("")).isFalse();
    }

    @Test
    void lowerCaseAndSurroundingBlanksAreAcceptedAndNormalized() {
        assertThat(CreditCode.Check.valid(" 91500107ma5u3b8x1c ")).isTrue();
        assertThat(CreditCode.Check.normalized(" 91500107ma5u3b8x1c ")).isEqualTo("91500107MA5U3B8X1C");
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(CreditCode.Check.valid(null)).isFalse();
    }
}
