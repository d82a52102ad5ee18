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
 * A law exam (法治理论知识考试): how many staff should have sat it, sat it and passed, the average score, and whether
 * it was sat in person or online. Each count may be left unstated ({@code null}, not 0). That passed ≤ participants
 * ≤ eligible, between the counts that are stated, is its rule ({@link #checked()}), so that corrections keep it too.
 *
 * @param format in person or online; a request may leave it out ({@link #DEFAULT_FORMAT} is recorded). Exams stored
 *               before it was asked keep no format and read as held in person: they are not upcast, so that they
 *               read, export and compare exactly as they were stored.
 */
public record LawExamDetails(
        @NotNull @BusinessDate LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @Min(0) @Max(100_000) Integer eligible,
        @Min(0) @Max(100_000) Integer participants,
        @Min(0) @Max(100_000) Integer passed,
        @DecimalMin("0") @DecimalMax("100") Double averageScore,
        StudySessionFormat format) implements RecordDetails {

    public static final String TYPE = "study.exam";
    /** How an exam was sat when nobody said: in person, as every exam was before the ledger asked. */
    public static final StudySessionFormat DEFAULT_FORMAT = StudySessionFormat.OFFLINE;

    /** An exam that does not say how it was sat (the shape before {@code format}). */
    public LawExamDetails(LocalDate heldOn, String title, Integer eligible, Integer participants, Integer passed,
            Double averageScore) {
        this(heldOn, title, eligible, participants, passed, averageScore, null);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }

    /**
     * passed ≤ participants ≤ eligible wherever both counts are stated, or nothing is recorded; sat in person unless
     * the writer said otherwise; the title without surrounding blanks.
     */
    @Override
    public LawExamDetails checked() {
        if (exceeds(passed, participants)) {
            throw new InvalidFieldException("passed", "must not exceed participants");
        }
        if (exceeds(participants, eligible)) {
            throw new InvalidFieldException("participants", "must not exceed eligible");
        }
        if (participants == null && exceeds(passed, eligible)) {
            throw new InvalidFieldException("passed", "must not exceed eligible");
        }
        LawExamDetails kept = new LawExamDetails(heldOn, title.strip(), eligible, participants, passed, averageScore,
                format != null ? format : DEFAULT_FORMAT);
        return kept.equals(this) ? this : kept;
    }

    private static boolean exceeds(Integer count, Integer limit) {
        return count != null && limit != null && count > limit;
    }
}
