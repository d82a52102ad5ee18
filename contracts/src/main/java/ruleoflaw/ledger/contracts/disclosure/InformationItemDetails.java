package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** One item of information the bureau published on its own initiative (主动公开). */
public record InformationItemDetails(
        @NotNull InformationCategory category,
        StatutoryKind statutoryKind,
        @NotBlank @Size(max = 300) String title,
        @BusinessDate LocalDate formedOn,
        @NotNull @BusinessDate LocalDate publishedOn,
        @Size(max = 100) String channel,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String url) implements RecordDetails {

    public static final String TYPE = "disclosure.item";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return publishedOn;
    }
}
