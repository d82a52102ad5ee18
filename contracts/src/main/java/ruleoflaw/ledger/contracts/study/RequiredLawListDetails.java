package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * The required law list (领导干部应知应会党内法规和国家法律清单) of a year: the laws the year's study should
 * cover. It counts in its year from 1 January; the latest recorded list of a year is the one that counts.
 */
public record RequiredLawListDetails(
        @Min(2000) @Max(2100) int year,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 300) List<@NotBlank @Size(max = 100) String> laws) implements RecordDetails {

    public static final String TYPE = "study.lawList";

    public RequiredLawListDetails {
        laws = laws == null ? List.of() : List.copyOf(laws);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return LocalDate.of(year, 1, 1);
    }

    /** Each law once, under the one name the ledger counts it by; the title without surrounding blanks. */
    @Override
    public RequiredLawListDetails checked() {
        RequiredLawListDetails kept = new RequiredLawListDetails(year, title.strip(),
                List.copyOf(LawNames.canonical(laws)));
        return kept.equals(this) ? this : kept;
    }
}
