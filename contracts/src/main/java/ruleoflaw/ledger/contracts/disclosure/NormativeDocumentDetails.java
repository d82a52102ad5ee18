package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** A normative document (规范性文件) the bureau issued, new or revising an earlier one. */
public record NormativeDocumentDetails(
        @NotBlank @Size(max = 100) @Pattern(regexp = ".+〔(19|20)\\d{2}〕\\d+号", message = "must be a document number such as 九龙坡科技发〔2024〕12号") String documentNumber,
        @NotBlank @Size(max = 300) String title,
        @NotNull @BusinessDate LocalDate issuedOn,
        @NotNull LocalDate effectiveFrom,
        LocalDate validUntil,
        @Size(max = 100) String revisesDocumentNumber) implements RecordDetails {

    public static final String TYPE = "normative.document";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return issuedOn;
    }

    /** It takes effect on or after it is issued, and stays valid no earlier; it does not revise itself. */
    @Override
    public NormativeDocumentDetails checked() {
        if (effectiveFrom.isBefore(issuedOn)) {
            throw new InvalidFieldException("effectiveFrom", "must not be before issuedOn");
        }
        if (validUntil != null && validUntil.isBefore(effectiveFrom)) {
            throw new InvalidFieldException("validUntil", "must not be before effectiveFrom");
        }
        if (documentNumber.equals(revisesDocumentNumber)) {
            throw new InvalidFieldException("revisesDocumentNumber", "a document does not revise itself");
        }
        return this;
    }
}
