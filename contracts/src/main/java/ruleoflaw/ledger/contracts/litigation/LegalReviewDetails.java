package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** A legal review (合法性审查 / 法制审核) completed: of what, when, and its conclusion. */
public record LegalReviewDetails(
        @NotNull ReviewKind kind,
        @NotBlank @Size(max = 200) String subject,
        @NotNull @BusinessDate LocalDate reviewedOn,
        @NotBlank @Size(max = 1000) String conclusion) implements RecordDetails {

    public static final String TYPE = "legal.review";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return reviewedOn;
    }

    @Override
    public String title() {
        return subject;
    }

    /** Subject and conclusion without surrounding blanks. */
    @Override
    public LegalReviewDetails checked() {
        return new LegalReviewDetails(kind, subject.strip(), reviewedOn, conclusion.strip());
    }
}
