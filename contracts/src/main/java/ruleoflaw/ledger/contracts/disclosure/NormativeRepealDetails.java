package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** The repeal of a normative document (issued in this or an earlier year). */
public record NormativeRepealDetails(
        @NotBlank @Size(max = 100) String documentNumber,
        @NotBlank @Size(max = 300) String title,
        @NotNull @BusinessDate LocalDate repealedOn,
        @NotBlank @Size(max = 500) String reason) implements RecordDetails {

    public static final String TYPE = "normative.repeal";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return repealedOn;
    }
}
