package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A disclosure application (依申请公开) as received (the REST body of POST and of a correction), counted in the
 * year it was received. What happens to it later is in {@link DisclosureApplicationFile}.
 */
public record DisclosureApplicationDetails(
        @NotNull @BusinessDate LocalDate receivedOn,
        @NotNull ApplicantType applicantType,
        @NotBlank @Size(max = 500) String requestSummary) implements RecordDetails {

    public static final String TYPE = "disclosure.application";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return receivedOn;
    }

    @Override
    public String title() {
        return requestSummary;
    }
}
