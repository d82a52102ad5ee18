package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A legal counsel (法律顾问) retained, counted in the year of retaining; filed (报备) once {@code filedOn} is
 * given, by a correction. That the term ends after it starts and the filing comes after the retaining is the
 * aggregate's rule. The term end may lie in the future: it is agreed, not observed.
 */
public record LegalCounselDetails(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String firm,
        @NotNull LocalDate termStart,
        @NotNull LocalDate termEnd,
        @NotNull @BusinessDate LocalDate retainedOn,
        @BusinessDate LocalDate filedOn) implements RecordDetails {

    public static final String TYPE = "legal.counsel";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return retainedOn;
    }

    @Override
    public String title() {
        return firm + " " + name;
    }

    /** The term ends on or after it starts; the filing is not before the retaining; name and firm stripped. */
    @Override
    public LegalCounselDetails checked() {
        if (termEnd.isBefore(termStart)) {
            throw new InvalidFieldException("termEnd", "must not be before termStart (" + termStart + ")");
        }
        if (filedOn != null && filedOn.isBefore(retainedOn)) {
            throw new InvalidFieldException("filedOn", "must not be before retainedOn (" + retainedOn + ")");
        }
        return new LegalCounselDetails(name.strip(), firm.strip(), termStart, termEnd, retainedOn, filedOn);
    }
}
