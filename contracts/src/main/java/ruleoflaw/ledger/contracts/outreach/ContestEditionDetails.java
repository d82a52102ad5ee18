package ruleoflaw.ledger.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * One edition of a contest series ({@code seriesId}: the series' record id), held on {@code heldOn} in {@code year}.
 * Its rules ({@link #checked()}): the date lies in the year and the contestants by source (when given) add up to the
 * contestants; that the series is a recorded, not withdrawn series is the service's check. How many took part may be
 * left unstated (null), as reports often leave it; given only by source, it is their total.
 */
public record ContestEditionDetails(
        @NotBlank @Size(max = 100) String seriesId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(1000) Integer edition,
        @NotBlank @Size(max = 200) String title,
        @NotNull @BusinessDate LocalDate heldOn,
        @Min(0) @Max(100_000) Integer contestants,
        @Valid ContestantsBySource contestantsBySource,
        boolean ruleOfLawContent,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> awards) implements RecordDetails {

    public static final String TYPE = "outreach.contestEdition";

    public ContestEditionDetails {
        awards = awards == null ? List.of() : List.copyOf(awards);
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
     * Held in the year it names, its contestants by source (when given) adding up to its contestants; series id and
     * title without surrounding blanks.
     */
    @Override
    public ContestEditionDetails checked() {
        if (heldOn.getYear() != year) {
            throw new InvalidFieldException("heldOn", "must be a date in the edition's year " + year);
        }
        Integer stated = contestants;
        if (contestantsBySource != null && stated == null) {
            stated = contestantsBySource.total();
        }
        if (contestantsBySource != null && contestantsBySource.total() != stated) {
            throw new InvalidFieldException("contestantsBySource", "must add up to contestants (" + contestants
                    + "), not " + contestantsBySource.total());
        }
        return new ContestEditionDetails(seriesId.strip(), year, edition, title.strip(), heldOn, stated,
                contestantsBySource, ruleOfLawContent, awards);
    }
}
