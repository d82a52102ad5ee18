package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** An online government service item the bureau added (e.g. on 渝快办). */
public record ServiceItemDetails(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 100) String platform,
        boolean fullyOnline,
        @NotNull @BusinessDate LocalDate addedOn) implements RecordDetails {

    public static final String TYPE = "services.item";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return addedOn;
    }

    @Override
    public String title() {
        return name;
    }
}
