package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A law exam (法治理论知识考试): how many staff should have sat it, sat it and passed, and the average score.
 * That passed ≤ participants ≤ eligible is its rule ({@link #checked()}), so that corrections keep it too.
 */
public record LawExamDetails(
        @NotNull @BusinessDate LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @Min(0) @Max(100_000) int eligible,
        @Min(0) @Max(100_000) int participants,
        @Min(0) @Max(100_000) int passed,
        @DecimalMin("0") @DecimalMax("100") Double averageScore) implements RecordDetails {

    public static final String TYPE = "study.exam";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }

    /** passed ≤ participants ≤ eligible, or nothing is recorded; the title without surrounding blanks. */
    @Override
    public LawExamDetails checked() {
        if (passed > participants) {
            throw new InvalidFieldException("passed", "must not exceed participants");
        }
        if (participants > eligible) {
            throw new InvalidFieldException("participants", "must not exceed eligible");
        }
        LawExamDetails kept = new LawExamDetails(heldOn, title.strip(), eligible, participants, passed, averageScore);
        return kept.equals(this) ? this : kept;
    }
}
