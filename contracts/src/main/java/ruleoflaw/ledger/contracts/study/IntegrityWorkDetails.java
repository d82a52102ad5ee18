package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * Integrity work (党风廉政): an integrity study session, or an integrity talk with the number of persons
 * talked to (that a talk names them is its rule, {@link #checked()}, so that corrections keep it too).
 */
public record IntegrityWorkDetails(
        @NotNull IntegrityWorkKind kind,
        @NotNull @BusinessDate LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @Min(0) @Max(10_000) Integer persons) implements RecordDetails {

    public static final String TYPE = "governance.integrity";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }

    /** A talk names at least one person talked to, or nothing is recorded; the title without surrounding blanks. */
    @Override
    public IntegrityWorkDetails checked() {
        if (kind == IntegrityWorkKind.INTEGRITY_TALK && (persons == null || persons < 1)) {
            throw new InvalidFieldException("persons", "an integrity talk names how many persons were talked to");
        }
        IntegrityWorkDetails kept = new IntegrityWorkDetails(kind, heldOn, title.strip(), persons);
        return kept.equals(this) ? this : kept;
    }
}
