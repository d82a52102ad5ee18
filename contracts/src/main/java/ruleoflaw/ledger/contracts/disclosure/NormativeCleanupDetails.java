package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A review and clean-up of the department's normative documents (规范性文件专项清理 or 集中清理), counted in the year
 * it was completed: what it covered and what became of the documents reviewed — kept, to be amended, repealed or
 * declared invalid, each reviewed document one of these.
 */
public record NormativeCleanupDetails(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 500) String scope,
        @NotNull @BusinessDate LocalDate completedOn,
        @NotNull @PositiveOrZero Integer reviewed,
        @NotNull @PositiveOrZero Integer kept,
        @NotNull @PositiveOrZero Integer amended,
        @NotNull @PositiveOrZero Integer repealed,
        @NotNull @PositiveOrZero Integer declaredInvalid) implements RecordDetails {

    public static final String TYPE = "normative.cleanup";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return completedOn;
    }

    /** Every reviewed document has one outcome; title and scope stripped. */
    @Override
    public NormativeCleanupDetails checked() {
        int outcomes = kept + amended + repealed + declaredInvalid;
        if (outcomes != reviewed) {
            throw new InvalidFieldException("reviewed", "must equal kept + amended + repealed + declaredInvalid ("
                    + outcomes + "): each reviewed document has one outcome");
        }
        return new NormativeCleanupDetails(title.strip(), scope.strip(), completedOn, reviewed, kept, amended, repealed,
                declaredInvalid);
    }
}
