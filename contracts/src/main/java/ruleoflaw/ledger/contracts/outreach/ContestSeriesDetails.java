package ruleoflaw.ledger.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A contest series (e.g. 科普讲解大赛), registered once; its editions ({@link ContestEditionDetails}) name it by its
 * record id. It counts in the year it was registered.
 */
public record ContestSeriesDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String organiser,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> partners,
        @NotNull @BusinessDate LocalDate registeredOn) implements RecordDetails {

    public static final String TYPE = "outreach.contestSeries";

    public ContestSeriesDetails {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }

    @Override
    public String title() {
        return name;
    }

    /** Name and organiser without surrounding blanks. */
    @Override
    public ContestSeriesDetails checked() {
        return new ContestSeriesDetails(name.strip(), organiser.strip(), partners, registeredOn);
    }
}
